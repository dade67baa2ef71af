namespace JobFrame.Bot.Slack;

// Socket Mode's lines: never the app token, a connection address, or a payload.
internal static partial class Log
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Slack Socket Mode connected ({Connections} connection(s) open for the app)")]
    public static partial void Connected(ILogger logger, int connections);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Slack Socket Mode: Slack asked to reconnect ({Reason})")]
    public static partial void DisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Error, Message = "Slack Socket Mode is turned off in the app's settings (link_disabled); trying again in {DelaySeconds} s")]
    public static partial void LinkDisabled(ILogger logger, int delaySeconds);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Slack Socket Mode connection lost ({Problem}); reconnecting in {DelayMilliseconds} ms (attempt {Attempt})")]
    public static partial void ConnectionLost(ILogger logger, string problem, long delayMilliseconds, int attempt);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Error, Message = "Slack apps.connections.open failed: {Error}")]
    public static partial void OpenFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Warning, Message = "Slack Socket Mode message ignored: {Reason}")]
    public static partial void MessageIgnored(ILogger logger, string reason);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Slack Socket Mode envelope {EnvelopeId} not acknowledged: it cannot be taken now, so Slack will send it again")]
    public static partial void NotAcknowledged(ILogger logger, string envelopeId);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Error, Message = "Slack Socket Mode envelope {EnvelopeId} ({Type}) failed")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string envelopeId, string type);

    [LoggerMessage(EventId = 5208, Level = LogLevel.Information, Message = "Slack Socket Mode is on: the bot connects out to Slack with Slack:AppToken")]
    public static partial void Enabled(ILogger logger);
}
