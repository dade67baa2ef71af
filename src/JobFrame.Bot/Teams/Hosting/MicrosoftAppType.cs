namespace JobFrame.Bot.Teams.Hosting;

/// <summary>How the bot's Azure registration identifies it.</summary>
public enum MicrosoftAppType
{
    /// <summary>An app registration in one tenant (the default, and the only kind Azure now creates).</summary>
    SingleTenant,

    /// <summary>A legacy multi-tenant app registration.</summary>
    MultiTenant,

    /// <summary>A user-assigned managed identity; no password.</summary>
    UserAssignedMSI,
}
