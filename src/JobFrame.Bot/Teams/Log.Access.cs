namespace JobFrame.Bot.Teams;

/// <summary>What the Teams layer logs about who may call it, and about messages that could not be posted.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4050, Level = LogLevel.Warning,
        Message = "Teams is off: MicrosoftAppId is not set and the environment is {EnvironmentName}, not Development, so /api/messages is not served. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams.")]
    public static partial void TeamsOff(ILogger logger, string environmentName);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Warning,
        Message = "Follow-up to invoke {ActivityId} not posted ({Reason}); the invoke answers with the export itself or says so")]
    public static partial void FollowUpNotPosted(ILogger logger, string? activityId, string reason);
}
