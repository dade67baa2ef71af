using System.Net.Http.Json;
using JobFrame.Bot.Teams.Authentication;
using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// The bearer token the bot presents to the connector: client credentials (or the managed identity endpoint),
/// scope <c>https://api.botframework.com/.default</c>, cached until shortly before it expires.
/// </summary>
internal sealed class BotTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<BotAppOptions> appOptions,
    IOptions<BotFrameworkOptions> frameworkOptions,
    TimeProvider timeProvider,
    ILogger<BotTokenProvider> logger) : IDisposable
{
    /// <summary>The named HttpClient used for token requests.</summary>
    public const string HttpClientName = "BotFramework.Token";

    private const string Scope = "https://api.botframework.com/.default";
    private const string ManagedIdentityEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";
    private const string MultiTenantTokenTenant = "botframework.com";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile CachedToken? _cached;

    /// <summary>The token, or null in development mode where the local connector needs none.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var app = appOptions.Value;
        if (app.IsDevelopmentMode)
        {
            return null;
        }

        if (_cached is { } fresh && timeProvider.GetUtcNow() < fresh.RenewAfter)
        {
            return fresh.Value;
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } renewed && timeProvider.GetUtcNow() < renewed.RenewAfter)
            {
                return renewed.Value;
            }

            var cached = await RequestTokenAsync(app, cancellationToken);
            _cached = cached;
            return cached.Value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    private async Task<CachedToken> RequestTokenAsync(BotAppOptions app, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
            ? ManagedIdentityRequest(app, Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Environment.GetEnvironmentVariable("IDENTITY_HEADER"))
            : ClientCredentialsRequest(app);
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.TokenRequestFailed((int)response.StatusCode);
            throw new HttpRequestException("The bot token request was refused.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync(OAuthJsonContext.Default.TokenResponse, cancellationToken);
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            logger.TokenRequestFailed((int)response.StatusCode);
            throw new HttpRequestException("The token endpoint answered without an access token.");
        }

        // The App Service / Container Apps endpoint says when the token expires (expires_on) rather than how long it lasts.
        var lifetime = token.ExpiresIn is { } seconds ? TimeSpan.FromSeconds(seconds)
            : token.ExpiresOn is { } expiresOn ? DateTimeOffset.FromUnixTimeSeconds(expiresOn) - timeProvider.GetUtcNow()
            : TimeSpan.Zero;
        var renewIn = lifetime > 2 * RenewBeforeExpiry ? lifetime - RenewBeforeExpiry : lifetime / 2;
        return new CachedToken(token.AccessToken, timeProvider.GetUtcNow() + renewIn);
    }

    private HttpRequestMessage ClientCredentialsRequest(BotAppOptions app)
    {
        var tenant = app.MicrosoftAppType == MicrosoftAppType.MultiTenant ? MultiTenantTokenTenant : app.MicrosoftAppTenantId!;
        var endpoint = frameworkOptions.Value.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
        return new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = app.MicrosoftAppId!,
                ["client_secret"] = app.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = Scope,
            }),
        };
    }

    /// <summary>
    /// The token request for the user-assigned managed identity whose client id is <c>MicrosoftAppId</c>. App Service
    /// and Container Apps offer a local endpoint named by the IDENTITY_ENDPOINT and IDENTITY_HEADER variables
    /// (api-version 2019-08-01, the header as X-IDENTITY-HEADER); virtual machines and AKS offer the instance metadata
    /// endpoint (api-version 2018-02-01, header Metadata: true), which App Service and Container Apps do not have.
    /// </summary>
    internal static HttpRequestMessage ManagedIdentityRequest(BotAppOptions app, string? identityEndpoint, string? identityHeader)
    {
        var resource = Uri.EscapeDataString("https://api.botframework.com");
        var clientId = Uri.EscapeDataString(app.MicrosoftAppId!);
        if (!string.IsNullOrEmpty(identityEndpoint) && !string.IsNullOrEmpty(identityHeader))
        {
            var local = new HttpRequestMessage(HttpMethod.Get, $"{identityEndpoint}?api-version=2019-08-01&resource={resource}&client_id={clientId}");
            local.Headers.Add("X-IDENTITY-HEADER", identityHeader);
            return local;
        }

        var request = new HttpRequestMessage(HttpMethod.Get, $"{ManagedIdentityEndpoint}?api-version=2018-02-01&resource={resource}&client_id={clientId}");
        request.Headers.Add("Metadata", "true");
        return request;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RenewAfter);
}
