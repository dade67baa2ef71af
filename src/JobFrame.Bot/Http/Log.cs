namespace JobFrame.Bot.Http;

/// <summary>What the outbound policy logs: remote, host, status and timing; never a URL's path, a body or a token.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information,
        Message = "{Remote} at {Host} answered {Outcome} (attempt {Attempt}); retrying in {DelayMilliseconds} ms")]
    public static partial void OutboundRetrying(ILogger logger, string remote, string? host, string outcome, int attempt, double delayMilliseconds);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning,
        Message = "{Remote} at {Host} keeps failing; calls to it are refused for {BreakSeconds} s")]
    public static partial void CircuitOpened(ILogger logger, string remote, string? host, double breakSeconds);
}
