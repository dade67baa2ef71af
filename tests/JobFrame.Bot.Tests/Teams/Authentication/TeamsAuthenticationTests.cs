using System.Net;
using JobFrame.Bot.Tests.Fixtures;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Teams.Authentication;

/// <summary>Only the Bot Framework channel service (or Entra, for the bot's own tenant) may talk to the bot.</summary>
public sealed class TeamsAuthenticationTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    private const string ForgedServiceUrl = "https://smba.trafficmanager.net/forged/";

    /// <summary>Each forgery, and the reason the bot must log for refusing it (so no case passes for the wrong reason).</summary>
    public static TheoryData<string, string> RefusedCredentials => new()
    {
        { "no token", "no bearer token" },
        { "not a bearer token", "no bearer token" },
        { "not a JWT", "no bearer token" },
        { "wrong issuer", "issuer not trusted" },
        { "wrong audience", "token audience is not this bot" },
        { "expired", "token expired" },
        { "not yet valid", "token not yet valid" },
        { "bad signature", "signature invalid" },
        { "unknown kid", "signing key unknown" },
        { "serviceUrl mismatch", "token serviceurl does not match the activity" },
        { "channel not endorsed", "signing key not endorsed for the activity's channel" },
        { "alg none", "token algorithm not allowed" },
        { "HS256 signed with the public key", "token algorithm not allowed" },
        { "Entra token for another tenant", "issuer not trusted" },
        { "Entra token for another app", "Entra token from another app" },
    };

    [Theory]
    [MemberData(nameof(RefusedCredentials))]
    public async Task PostActivity_WithRefusedCredentials_Is401AndNothingIsProcessedOrPosted(string credentials, string loggedReason)
    {
        var conversation = "a:auth-" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

        var response = credentials == "not a bearer token"
            ? await PostWithAuthorizationAsync(activity.ToJsonString(), "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()))
            : await host.PostActivityAsync(activity, Token(credentials));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Handler.ReceivedIn(conversation));
        Assert.Empty(host.StandIns.PostsTo(conversation));
        var refusal = host.Logs.GetSnapshot().Last(entry => entry.Id.Id == 4001);
        Assert.Equal(loggedReason, refusal.GetStructuredStateValue("Reason"));
    }

    [Fact]
    public async Task PostActivity_WithChannelToken_IsAnsweredThroughTheConnector()
    {
        var conversation = "a:auth-" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

        var response = await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Equal("echo: goals for Senior ML Engineer", post.Activity.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostActivity_WithEntraTokenForTheBotsTenant_IsAccepted(bool version2)
    {
        var conversation = "a:auth-" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

        var response = await host.PostActivityAsync(activity, host.StandIns.Tokens.Entra(TestIdentity.TenantId, version2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handler.ReceivedIn(conversation));
    }

    [Fact]
    public async Task PostActivity_RefusedForAnyReason_NeverLogsTheToken()
    {
        var conversation = "a:auth-" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);
        var token = Token("wrong audience")!;

        await host.PostActivityAsync(activity, token);

        Assert.Contains(host.Logs.GetSnapshot(), entry => entry.Id.Id == 4001);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), entry => entry.Message.Contains(token, StringComparison.Ordinal));
    }

    private string? Token(string credentials)
    {
        var tokens = host.StandIns.Tokens;
        var keys = host.StandIns.Keys;
        var serviceUrl = host.StandIns.ServiceUrl;
        return credentials switch
        {
            "no token" => null,
            "not a JWT" => "this-is-not-a-jwt",
            "wrong issuer" => tokens.Channel(serviceUrl, d => d.Issuer = "https://api.botframework.evil"),
            "wrong audience" => tokens.Channel(serviceUrl, d => d.Audience = "00000000-0000-0000-0000-000000000001"),
            "expired" => tokens.Channel(serviceUrl, d =>
            {
                d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddHours(-2);
                d.Expires = DateTime.UtcNow.AddMinutes(-6);
            }),
            "not yet valid" => tokens.Channel(serviceUrl, d =>
            {
                d.IssuedAt = d.NotBefore = DateTime.UtcNow.AddMinutes(6);
                d.Expires = DateTime.UtcNow.AddHours(1);
            }),
            "bad signature" => tokens.Channel(serviceUrl, d =>
                d.SigningCredentials = new SigningCredentials(keys.Rogue(TestSigningKeys.TeamsKeyId), SecurityAlgorithms.RsaSha256)),
            "unknown kid" => tokens.Channel(serviceUrl, d =>
                d.SigningCredentials = new SigningCredentials(keys.Rogue(TestSigningKeys.UnpublishedKeyId), SecurityAlgorithms.RsaSha256)),
            "serviceUrl mismatch" => tokens.Channel(ForgedServiceUrl),
            "channel not endorsed" => tokens.Channel(serviceUrl, d =>
                d.SigningCredentials = new SigningCredentials(keys.WebChatOnly, SecurityAlgorithms.RsaSha256)),
            "alg none" => tokens.Unsigned(serviceUrl),
            "HS256 signed with the public key" => tokens.HmacWithPublicKey(serviceUrl),
            "Entra token for another tenant" => tokens.Entra(TestIdentity.OtherTenantId, version2: true),
            "Entra token for another app" => EntraTokenForAnotherApp(),
            _ => throw new ArgumentOutOfRangeException(nameof(credentials), credentials, "No such case."),
        };
    }

    private string EntraTokenForAnotherApp()
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{TestIdentity.TenantId}/v2.0",
            Audience = TestIdentity.AppId,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["azp"] = "00000000-0000-0000-0000-000000000002", ["ver"] = "2.0" },
            SigningCredentials = new SigningCredentials(host.StandIns.Keys.Entra, SecurityAlgorithms.RsaSha256),
        });
    }

    private async Task<HttpResponseMessage> PostWithAuthorizationAsync(string json, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await host.Client.SendAsync(request);
    }
}
