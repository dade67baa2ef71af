using System.Collections.Concurrent;
using System.Text.Json;
using JobFrame.Bot.Teams.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// The Microsoft services the bot talks to, played by one small Kestrel app on 127.0.0.1: the Bot Framework
/// OpenID metadata and JWKS (keys with endorsements), the Entra metadata and JWKS, the client-credentials token
/// endpoint (on https, as MSAL requires), the managed identity endpoints of App Service / Container Apps and of the VM
/// metadata service, and a connector that records every reply and answers as scripted.
/// </summary>
public sealed class BotFrameworkStandIns : IAsyncDisposable
{
    /// <summary>The token the token endpoint issues for a client secret.</summary>
    public const string IssuedAccessToken = "stand-in-connector-token";

    /// <summary>The token the token endpoint issues for a client assertion (certificate or federated credential).</summary>
    public const string AssertionAccessToken = "stand-in-connector-token-for-client-assertion";

    /// <summary>What the App Service / Container Apps managed identity endpoint issues, followed by the resource asked for.</summary>
    public const string AppServiceIdentityToken = "stand-in-app-service-identity-token";

    /// <summary>What the VM metadata service's managed identity endpoint issues, followed by the resource asked for.</summary>
    public const string VmIdentityToken = "stand-in-vm-identity-token";

    /// <summary>The secret App Service puts in <c>IDENTITY_HEADER</c>.</summary>
    public const string IdentityHeaderSecret = "stand-in-identity-header";

    // A test that waits for a post should fail, not hang, if the bot never sends it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedPost> _posts = new();
    private readonly ConcurrentQueue<RecordedTokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<RecordedUpload> _uploads = new();
    private readonly ConcurrentQueue<RecordedFraming> _framing = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _identityRequests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedResponse>> _scripts = new();
    private readonly SemaphoreSlim _postArrived = new(0);
    private volatile bool _rotated;
    private int _channelKeyFetches;

    private BotFrameworkStandIns(WebApplication app, TestSigningKeys keys, LoopbackCertificate certificate)
    {
        _app = app;
        TlsCertificate = certificate;
        Keys = keys;
        Tokens = new TestTokens(keys);
    }

    public TestSigningKeys Keys { get; }

    public TestTokens Tokens { get; }

    /// <summary>http://127.0.0.1:port/ — also the serviceUrl the test activities carry.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string ServiceUrl => BaseUrl;

    /// <summary>https://127.0.0.1:port/ — the same endpoints over TLS, for the token endpoint.</summary>
    public string HttpsBaseUrl { get; private set; } = string.Empty;

    /// <summary>The certificate the https endpoints present; a test host trusts it for token requests only.</summary>
    public LoopbackCertificate TlsCertificate { get; }

    /// <summary>The App Service-style managed identity endpoint, as <c>IDENTITY_ENDPOINT</c> names it.</summary>
    public string IdentityEndpoint => BaseUrl + "msi/token";

    /// <summary>Every request that reached these stand-ins, with its framing.</summary>
    public IReadOnlyCollection<RecordedFraming> Framing => _framing;

    /// <summary>Every managed identity token request: the query, and the identity header or Metadata header it carried.</summary>
    public IReadOnlyCollection<IReadOnlyDictionary<string, string>> IdentityRequests => _identityRequests;

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
        ["BotFramework:TokenEndpoint"] = HttpsBaseUrl + "{tenant}/oauth2/v2.0/token",
        ["BotFramework:AllowLoopbackServiceUrl"] = "true",
    };

    public static async Task<BotFrameworkStandIns> StartAsync()
    {
        var certificate = new LoopbackCertificate();
        var app = LoopbackApp.Create(certificate.Certificate);
        var standIns = new BotFrameworkStandIns(app, new TestSigningKeys(), certificate);
        standIns.MapEndpoints();
        await app.StartAsync();
        standIns.BaseUrl = LoopbackApp.Address(app);
        standIns.HttpsBaseUrl = LoopbackApp.Address(app, "https");
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
        TlsCertificate.Dispose();
        _postArrived.Dispose();
    }

    private void MapEndpoints()
    {
        _app.Use((context, next) =>
        {
            _framing.Enqueue(new RecordedFraming(
                context.Request.Method, context.Request.Path, context.Request.ContentLength, context.Request.Headers.TransferEncoding.ToString()));
            return next(context);
        });
        _app.MapGet("/msi/token", IssueAppServiceIdentityToken);
        _app.MapGet("/metadata/identity/oauth2/token", IssueVmIdentityToken);
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
            ["access_token"] = form.ContainsKey("client_assertion") ? AssertionAccessToken : IssuedAccessToken,
        });
    }

    // App Service and Container Apps: GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=...; X-IDENTITY-HEADER must match.
    private IResult IssueAppServiceIdentityToken(HttpRequest request)
    {
        var recorded = RecordIdentityRequest(request, "X-IDENTITY-HEADER");
        if (recorded["X-IDENTITY-HEADER"] != IdentityHeaderSecret)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        return IdentityToken(AppServiceIdentityToken + " " + recorded.GetValueOrDefault("resource"), request);
    }

    // A VM's metadata service: GET /metadata/identity/oauth2/token?api-version=2018-02-01&resource=...; Metadata: true.
    private IResult IssueVmIdentityToken(HttpRequest request)
    {
        var recorded = RecordIdentityRequest(request, "Metadata");
        return recorded["Metadata"] == "true"
            ? IdentityToken(VmIdentityToken + " " + recorded.GetValueOrDefault("resource"), request)
            : Results.StatusCode(StatusCodes.Status400BadRequest);
    }

    private Dictionary<string, string> RecordIdentityRequest(HttpRequest request, string header)
    {
        var recorded = request.Query.ToDictionary(field => field.Key, field => field.Value.ToString());
        recorded[header] = request.Headers[header].ToString();
        recorded["path"] = request.Path;
        _identityRequests.Enqueue(recorded);
        return recorded;
    }

    private static IResult IdentityToken(string token, HttpRequest request) => Results.Json(new Dictionary<string, object?>
    {
        ["access_token"] = token,
        ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["resource"] = request.Query["resource"].ToString(),
        ["token_type"] = "Bearer",
        ["client_id"] = request.Query["client_id"].ToString(),
    });

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
