namespace JobFrame.Bot.Teams.Authentication;

/// <summary>The token issuers the bot accepts.</summary>
internal static class TrustedIssuers
{
    /// <summary>Tokens the Bot Framework channel service signs for every channel, Teams included.</summary>
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>Entra v1 and v2 issuers of the bot's own tenant.</summary>
    public static IReadOnlyList<string> Entra(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
