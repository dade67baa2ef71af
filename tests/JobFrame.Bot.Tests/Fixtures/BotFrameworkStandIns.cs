using System.Collections.Concurrent;
using System.Text.Json;
using JobFrame.Bot.Teams.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// The Microsoft services the bot talks to, played by one small Kestrel app on 127.0.0.1: the Bot Framework
/// OpenID metadata and JWKS (keys with endorsements), the Entra metadata and JWKS, the client-credentials token
/// endpoint, and a connector that records every reply and answers as scripted.
/// </summary>
public sealed class BotFrameworkStandIns : IAsyncDisposable
{
    public const string IssuedAccessToken = "stand-in-connector-token";

    // A test that waits for a post should fail, not hang, if the bot never sends it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedPost> _posts = new();
    private readonly ConcurrentQueue<RecordedTokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<RecordedUpload> _uploads = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedResponse>> _scripts = new();
    private readonly SemaphoreSlim _postArrived = new(0);
    private volatile bool _rotated;
    private int _channelKeyFetches;

    private BotFrameworkStandIns(WebApplication app, TestSigningKeys keys)
    {
        _app = app;
        Keys = keys;
        Tokens = new TestTokens(keys);
    }

    public TestSigningKeys Keys { get; }

    public TestTokens Tokens { get; }

    /// <summary>http://127.0.0.1:port/ — also the serviceUrl the test activities carry.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string ServiceUrl => BaseUrl;

    public IReadOnlyCollection<RecordedPost> Posts => _posts;

    public IReadOnlyCollection<RecordedTokenRequest> TokenRequests => _tokenRequests;

    /// <summary>Every file the bot PUT to the stand-in OneDrive upload session (<see cref="UploadUrl"/>).</summary>
    public IReadOnlyCollection<RecordedUpload> Uploads => _uploads;

    /// <summary>An upload session URL on the stand-in, as Teams puts in <c>uploadInfo.uploadUrl</c>.</summary>
    public string UploadUrl(string session) => BaseUrl + "upload/" + session;

    /// <summary>How many times the bot fetched the channel keys.</summary>
    public int ChannelKeyFetches => _channelKeyFetches;

    /// <summary>The settings that point a bot host at these stand-ins.</summary>
    public IDictionary<string, string?> BotSettings() => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = TestIdentity.AppId,
        ["MicrosoftAppPassword"] = TestIdentity.AppPassword,
        ["MicrosoftAppTenantId"] = TestIdentity.TenantId,
        ["MicrosoftAppType"] = "SingleTenant",
        ["BotFramework:ChannelOpenIdMetadataUrl"] = BaseUrl + "channel/.well-known/openidconfiguration",
        ["BotFramework:EntraOpenIdMetadataUrl"] = BaseUrl + "entra/.well-known/openid-configuration",
        ["BotFramework:TokenEndpoint"] = BaseUrl + "{tenant}/oauth2/v2.0/token",
        ["BotFramework:AllowLoopbackServiceUrl"] = "true",
        ["BotFramework:ConnectorMaxAttempts"] = "3",
        ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.010",
    };

    public static async Task<BotFrameworkStandIns> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIns = new BotFrameworkStandIns(app, new TestSigningKeys());
        standIns.MapEndpoints();
        await app.StartAsync();
        standIns.BaseUrl = app.Urls.Single().TrimEnd('/') + "/";
        return standIns;
    }

    /// <summary>From now on the channel keys also include <see cref="TestSigningKeys.Rotated"/>, as after a key rollover.</summary>
    public void RotateChannelKeys() => _rotated = true;

    /// <summary>The connector answers the next posts to <paramref name="conversationId"/> like this, then 200.</summary>
    public void Script(string conversationId, params ScriptedResponse[] responses) =>
        _scripts[conversationId] = new ConcurrentQueue<ScriptedResponse>(responses);

    public IReadOnlyList<RecordedPost> PostsTo(string conversationId) =>
        [.. _posts.Where(post => post.ConversationId == conversationId)];

    /// <summary>Waits until <paramref name="count"/> posts to the conversation have arrived, and returns them.</summary>
    public async Task<IReadOnlyList<RecordedPost>> WaitForPostsAsync(string conversationId, int count)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (PostsTo(conversationId).Count < count)
        {
            try
            {
                await _postArrived.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The connector got {PostsTo(conversationId).Count} posts to {conversationId}, expected {count}.");
            }
        }

        return PostsTo(conversationId);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Keys.Dispose();
        _postArrived.Dispose();
    }

    private void MapEndpoints()
    {
        _app.MapGet("/channel/.well-known/openidconfiguration", () => Metadata("https://api.botframework.com", "channel/keys"));
        _app.MapGet("/channel/keys", ChannelKeys);
        _app.MapGet("/entra/.well-known/openid-configuration", () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "entra/keys"));
        _app.MapGet("/entra/keys", () => KeySet(PublishedKey(Keys.Entra, null)));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", IssueTokenAsync);
        _app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", RecordPostAsync);
        _app.MapPut("/upload/{session}", RecordUploadAsync);
    }

    private IResult Metadata(string issuer, string keysPath) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = BaseUrl + keysPath,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private IResult ChannelKeys()
    {
        Interlocked.Increment(ref _channelKeyFetches);
        List<Dictionary<string, object>> keys =
        [
            PublishedKey(Keys.Teams, ["msteams", "webchat"]),
            PublishedKey(Keys.WebChatOnly, ["webchat"]),
        ];
        if (_rotated)
        {
            keys.Add(PublishedKey(Keys.Rotated, ["msteams"]));
        }

        return KeySet([.. keys]);
    }

    private static IResult KeySet(params Dictionary<string, object>[] keys) =>
        Results.Json(new Dictionary<string, object> { ["keys"] = keys });

    private static Dictionary<string, object> PublishedKey(RsaSecurityKey key, string[]? endorsements)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
        var published = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = jwk.N,
            ["e"] = jwk.E,
        };
        if (endorsements is not null)
        {
            published["endorsements"] = endorsements;
        }

        return published;
    }

    private async Task<IResult> IssueTokenAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _tokenRequests.Enqueue(new RecordedTokenRequest(tenant, form.ToDictionary(field => field.Key, field => field.Value.ToString())));
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["access_token"] = IssuedAccessToken,
        });
    }

    private async Task<IResult> RecordUploadAsync(string session, HttpRequest request)
    {
        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content);
        _uploads.Enqueue(new RecordedUpload(session, request.Headers.ContentRange.ToString(), request.ContentLength, content.ToArray()));
        return Results.Created(BaseUrl + "files/" + session, null);
    }

    private async Task<IResult> RecordPostAsync(string conversationId, string replyToId, HttpRequest request, HttpResponse response)
    {
        using var raw = new MemoryStream();
        await request.Body.CopyToAsync(raw);
        var activity = JsonSerializer.Deserialize(raw.ToArray(), BotFrameworkJsonContext.Default.Activity)
            ?? throw new InvalidOperationException("The bot posted an empty body.");
        var scripted = _scripts.TryGetValue(conversationId, out var script) && script.TryDequeue(out var next)
            ? next
            : new ScriptedResponse(StatusCodes.Status200OK);
        _posts.Enqueue(new RecordedPost(conversationId, replyToId, request.Headers.Authorization, activity, scripted.Status)
        {
            Body = raw.ToArray(),
            ContentType = request.ContentType,
        });
        _postArrived.Release();
        if (scripted.RetryAfter is not null)
        {
            response.Headers.RetryAfter = scripted.RetryAfter;
        }

        if (scripted.Status == StatusCodes.Status200OK)
        {
            return Results.Json(new Dictionary<string, string> { ["id"] = $"reply-{_posts.Count}" });
        }

        return scripted.Body is null
            ? Results.StatusCode(scripted.Status)
            : Results.Content(scripted.Body, "application/json", statusCode: scripted.Status);
    }
}
