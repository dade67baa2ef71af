using System.Net;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// Decides whether an inbound activity really comes from the Bot Framework channel service (or, for a
/// single-tenant bot, from Entra for the bot's tenant) and was meant for this bot, this channel and this serviceUrl.
/// </summary>
internal sealed class ActivityAuthenticator(
    IOptions<BotAppOptions> appOptions,
    TeamsAccess access,
    IOptions<BotFrameworkOptions> frameworkOptions,
    BotSigningKeys signingKeys)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _tokenHandler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader, Activity activity, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        var app = appOptions.Value;
        if (app.IsDevelopmentMode)
        {
            // The endpoint is not even mapped then; this holds should anything else ever route here.
            if (access.Mode != TeamsMode.Development)
            {
                return AuthenticationOutcome.Refused("MicrosoftAppId is not set outside Development");
            }

            return remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
                ? AuthenticationOutcome.Accepted("development mode, loopback caller")
                : AuthenticationOutcome.Refused("development mode accepts loopback callers only");
        }

        if (!TryReadBearerToken(authorizationHeader, out var token))
        {
            return AuthenticationOutcome.Refused("no bearer token");
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Refused("token algorithm not allowed");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Refused("token names no signing key");
        }

        try
        {
            if (string.Equals(token.Issuer, frameworkOptions.Value.ChannelTokenIssuer, StringComparison.Ordinal))
            {
                return await AuthenticateChannelTokenAsync(token, activity, app.MicrosoftAppId!, cancellationToken);
            }

            if (AcceptsEntraTokens(app) && TrustedIssuers.Entra(frameworkOptions.Value, app.MicrosoftAppTenantId!).Contains(token.Issuer, StringComparer.Ordinal))
            {
                return await AuthenticateEntraTokenAsync(token, app, cancellationToken);
            }
        }
        catch (InvalidOperationException)
        {
            // The key source could not be read and no earlier keys are cached: nothing can be verified.
            return AuthenticationOutcome.Refused("signing keys unavailable");
        }

        return AuthenticationOutcome.Refused("issuer not trusted");
    }

    private async Task<AuthenticationOutcome> AuthenticateChannelTokenAsync(
        JsonWebToken token, Activity activity, string appId, CancellationToken cancellationToken)
    {
        var (result, keys) = await ValidateAsync(token, signingKeys.Channel, [frameworkOptions.Value.ChannelTokenIssuer], appId, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Refused(Describe(result.Exception));
        }

        if (activity.ChannelId is null || !keys.IsEndorsedFor(token.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Refused("signing key not endorsed for the activity's channel");
        }

        var serviceUrlClaim = token.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        if (!SameServiceUrl(serviceUrlClaim, activity.ServiceUrl))
        {
            return AuthenticationOutcome.Refused("token serviceurl does not match the activity");
        }

        return AuthenticationOutcome.Accepted("Bot Framework channel token");
    }

    private async Task<AuthenticationOutcome> AuthenticateEntraTokenAsync(
        JsonWebToken token, BotAppOptions app, CancellationToken cancellationToken)
    {
        var issuers = TrustedIssuers.Entra(frameworkOptions.Value, app.MicrosoftAppTenantId!);
        var (result, _) = await ValidateAsync(token, signingKeys.Entra, issuers, app.MicrosoftAppId!, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Refused(Describe(result.Exception));
        }

        // v1 tokens name the calling app in appid, v2 tokens in azp.
        var caller = token.TryGetPayloadValue<string>("appid", out var appIdClaim) ? appIdClaim
            : token.TryGetPayloadValue<string>("azp", out var azpClaim) ? azpClaim
            : null;
        return string.Equals(caller, app.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Accepted("Entra token for the bot's tenant")
            : AuthenticationOutcome.Refused("Entra token from another app");
    }

    private async Task<(TokenValidationResult Result, SigningKeySet Keys)> ValidateAsync(
        JsonWebToken token, SigningKeySource keySource, IReadOnlyList<string> issuers, string audience,
        CancellationToken cancellationToken)
    {
        var keys = await keySource.GetKeysIncludingAsync(token.Kid, cancellationToken);
        var result = await _tokenHandler.ValidateTokenAsync(token, Parameters(keys, issuers, audience));
        return (result, keys);
    }

    private static TokenValidationParameters Parameters(SigningKeySet keys, IReadOnlyList<string> issuers, string audience) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = audience,
        IssuerSigningKeys = keys.Metadata.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };

    private bool TryReadBearerToken(string? authorizationHeader, out JsonWebToken token)
    {
        token = null!;
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var raw = authorizationHeader[scheme.Length..].Trim();
        if (!_tokenHandler.CanReadToken(raw))
        {
            return false;
        }

        try
        {
            token = _tokenHandler.ReadJsonWebToken(raw);
            return true;
        }
        catch (SecurityTokenMalformedException)
        {
            return false;
        }
    }

    private static bool AcceptsEntraTokens(BotAppOptions app) =>
        app.MicrosoftAppType != MicrosoftAppType.MultiTenant && !string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId);

    private static bool SameServiceUrl(string? claimed, string? activityServiceUrl) =>
        claimed is not null && activityServiceUrl is not null
        && string.Equals(claimed.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenInvalidAudienceException => "token audience is not this bot",
        SecurityTokenInvalidIssuerException => "issuer not trusted",
        SecurityTokenSignatureKeyNotFoundException => "signing key unknown",
        SecurityTokenInvalidSignatureException => "signature invalid",
        SecurityTokenInvalidAlgorithmException => "token algorithm not allowed",
        _ => "token invalid",
    };
}
