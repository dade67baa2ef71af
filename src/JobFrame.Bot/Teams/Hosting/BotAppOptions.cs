namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// The bot's identity, bound from the top-level settings Azure Bot Service uses
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>).
/// Without an app id the bot runs in development mode (unauthenticated, loopback callers only) in the Development
/// environment, and serves no Teams endpoint anywhere else (<see cref="TeamsAccess"/>).
/// </summary>
public sealed class BotAppOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    /// <summary>True when no app id is configured; <see cref="TeamsAccess"/> decides what that means in this environment.</summary>
    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
