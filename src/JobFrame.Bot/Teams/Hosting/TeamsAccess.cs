using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// The one place that decides whether Teams requests may come unauthenticated. Only the Development environment
/// allows it: a production host left without <c>MicrosoftAppId</c> must not become an open endpoint, because behind
/// a same-host reverse proxy or sidecar every caller looks like loopback.
/// </summary>
public sealed class TeamsAccess(IOptions<BotAppOptions> app, IHostEnvironment environment)
{
    /// <summary>The mode for this host's settings and environment.</summary>
    public TeamsMode Mode =>
        !app.Value.IsDevelopmentMode ? TeamsMode.Authenticated
        : environment.IsDevelopment() ? TeamsMode.Development
        : TeamsMode.Off;

    /// <summary>The environment's name, for the start-up line that says why Teams is off.</summary>
    public string EnvironmentName => environment.EnvironmentName;
}
