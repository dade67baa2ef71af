namespace JobFrame.Bot.Teams.Hosting;

/// <summary>How <c>/api/messages</c> is served, decided once from the bot's identity and the host environment.</summary>
public enum TeamsMode
{
    /// <summary><c>MicrosoftAppId</c> is set: every activity must carry a valid Bot Framework or Entra token.</summary>
    Authenticated,

    /// <summary>No app id, in the Development environment: unauthenticated, loopback callers only.</summary>
    Development,

    /// <summary>No app id, in any other environment: <c>/api/messages</c> is not served at all.</summary>
    Off,
}
