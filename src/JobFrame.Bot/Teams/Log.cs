namespace JobFrame.Bot.Teams;

/// <summary>Everything the Teams layer logs. No token, secret or message text is ever a parameter here.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning,
        Message = "DEVELOPMENT MODE: MicrosoftAppId is not set, so /api/messages accepts UNAUTHENTICATED requests from loopback callers. Never expose this instance.")]
    public static partial void DevelopmentModeEnabled(ILogger logger);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Activity refused: {Reason} (channel {ChannelId})")]
    public static partial void ActivityRefused(ILogger logger, string reason, string? channelId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Activity from tenant {TenantId} refused: tenant not on the allow-list")]
    public static partial void TenantNotAllowed(ILogger logger, string? tenantId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Outbound queue full; {Count} replies for activity {ActivityId} dropped")]
    public static partial void OutboundQueueFull(ILogger logger, int count, string? activityId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error,
        Message = "Reply to activity {ReplyToId} dropped: connector at {ServiceHost} answered {StatusCode} after {Attempts} attempt(s)")]
    public static partial void ReplyDropped(ILogger logger, string? replyToId, string serviceHost, int statusCode, int attempts);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "Bot token request failed with status {StatusCode} ({ErrorCode})")]
    public static partial void TokenRequestFailed(ILogger logger, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Replies to activity {ReplyToId} dropped: {ErrorType}")]
    public static partial void ReplySendFailed(ILogger logger, string? replyToId, string errorType);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Reply not posted: serviceUrl host {ServiceHost} is not allowed")]
    public static partial void ServiceUrlRefused(ILogger logger, string? serviceHost);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Error, Message = "Signing keys from {MetadataHost} could not be fetched: {ErrorType}")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataHost, string errorType);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Error,
        Message = "Answering a {ActivityType} activity ({InvokeName}) failed with {ErrorType}; the user was sent an apology")]
    public static partial void HandlerFailed(ILogger logger, string? activityType, string? invokeName, string errorType);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Export file not uploaded: {Reason}")]
    public static partial void FileUploadRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Error, Message = "Export file upload to {UploadHost} failed with status {StatusCode}")]
    public static partial void FileUploadFailed(ILogger logger, string uploadHost, int statusCode);
}
