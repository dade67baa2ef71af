using JobFrame.Bot.Teams.Hosting;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>The token issuers the bot accepts, from <see cref="BotFrameworkOptions"/> (public cloud by default).</summary>
internal static class TrustedIssuers
{
    private static readonly string[] PublicCloudEntra = ["https://sts.windows.net/{tenant}/", "https://login.microsoftonline.com/{tenant}/v2.0"];

    /// <summary>Entra v1 and v2 issuers of the bot's own tenant.</summary>
    public static IReadOnlyList<string> Entra(BotFrameworkOptions options, string tenantId) =>
    [
        .. (options.EntraTokenIssuers is { Count: > 0 } configured ? configured : PublicCloudEntra)
            .Select(issuer => issuer.Replace("{tenant}", tenantId, StringComparison.OrdinalIgnoreCase)),
    ];
}
