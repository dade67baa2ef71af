using JobFrame.Bot.Slack.Authentication;

namespace JobFrame.Bot.Slack;

/// <summary>
/// Every log line the Slack face writes (Socket Mode's in <c>Log.SocketMode.cs</c>). Never a secret, a token, a connection
/// address, or a whole payload.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Slack is off: Slack:SigningSecret is not set, so the /slack routes are not served")]
    public static partial void SlackDisabled(ILogger logger);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Slack request to {Path} refused: body larger than {Limit} bytes")]
    public static partial void RequestBodyTooLarge(ILogger logger, PathString path, int limit);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Slack request to {Path} refused: signature check {Check}")]
    public static partial void RequestRejected(ILogger logger, PathString path, SlackSignatureCheck check);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Slack request to {Path} refused: the body is not a payload Slack sends")]
    public static partial void MalformedPayload(ILogger logger, PathString path);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Slack event {EventId} already handled; retry {RetryNum} acknowledged without action")]
    public static partial void EventReplayIgnored(ILogger logger, string eventId, string? retryNum);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Debug, Message = "Slack event {EventId} ignored: {Reason}")]
    public static partial void EventIgnored(ILogger logger, string? eventId, string reason);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "Slack event {EventId} refused with 503: the background queue is full")]
    public static partial void EventQueueFull(ILogger logger, string eventId);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Debug, Message = "Slack interaction of an unhandled type acknowledged")]
    public static partial void InteractionIgnored(ILogger logger);

    [LoggerMessage(EventId = 5120, Level = LogLevel.Error, Message = "Slack background work {Name} failed")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(EventId = 5130, Level = LogLevel.Warning, Message = "Slack Web API {Method} failed: {Error} after {Attempts} attempt(s)")]
    public static partial void WebApiCallFailed(ILogger logger, string method, string error, int attempts);

    [LoggerMessage(EventId = 5140, Level = LogLevel.Warning, Message = "Slack {Operation} could not be answered ({ExceptionType})")]
    public static partial void HandlerFailed(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(EventId = 5141, Level = LogLevel.Warning, Message = "Slack {Feature} needs Slack:BotToken, which is not set")]
    public static partial void BotTokenMissing(ILogger logger, string feature);

    [LoggerMessage(EventId = 5142, Level = LogLevel.Warning, Message = "Slack {What} not sent: the interaction names no conversation or response_url")]
    public static partial void NowhereToReply(ILogger logger, string what);

    [LoggerMessage(EventId = 5143, Level = LogLevel.Information, Message = "Slack view submission closed without action: {Reason}")]
    public static partial void SubmissionIgnored(ILogger logger, string reason);

    [LoggerMessage(EventId = 5144, Level = LogLevel.Warning, Message = "Slack {What} dropped: the background queue is full")]
    public static partial void ReplyQueueFull(ILogger logger, string what);
}
