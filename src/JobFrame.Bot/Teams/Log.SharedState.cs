namespace JobFrame.Bot.Teams;

// The Teams face's log lines about activities delivered more than once.
internal static partial class Log
{
    [LoggerMessage(EventId = 4050, Level = LogLevel.Information, Message = "Activity {ActivityId} already answered; the Connector's retry is acknowledged without action")]
    public static partial void ActivityReplayIgnored(ILogger logger, string? activityId);
}
