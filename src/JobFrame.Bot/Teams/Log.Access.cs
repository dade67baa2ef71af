using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Teams;

/// <summary>What the Teams layer logs about who may call it.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4050, Level = LogLevel.Warning,
        Message = "Teams is off: MicrosoftAppId is not set and the environment is {EnvironmentName}, not Development, so /api/messages is not served. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams.")]
    public static partial void TeamsOff(this ILogger logger, string environmentName);
}
