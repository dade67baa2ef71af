namespace JobFrame.Bot.SharedState;

/// <summary>Shared-state log lines: endpoints only, never a password or the connection string.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "ConnectionStrings:Redis is not set: Slack de-duplication, rate limits and the unresolved-question log are kept in this instance's memory. With more than one instance, set it so they share them.")]
    public static partial void InMemoryOnly(ILogger logger);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Shared state on Redis at {Endpoints} (keys prefixed {KeyPrefix})")]
    public static partial void OnRedis(ILogger logger, string endpoints, string keyPrefix);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Redis is unreachable ({Operation}: {Problem}): de-duplication and rate limits are per instance until it answers again")]
    public static partial void RedisUnavailable(ILogger logger, string operation, string problem);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Redis answers again: de-duplication and rate limits are shared across instances")]
    public static partial void RedisRecovered(ILogger logger);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "ConnectionStrings:Redis is not a valid StackExchange.Redis configuration: {Problem}")]
    public static partial void InvalidConnectionString(ILogger logger, string problem);
}
