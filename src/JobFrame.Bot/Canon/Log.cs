namespace JobFrame.Bot.Canon;

/// <summary>The canon's log lines: loads, reloads, refusals and the unresolved-question file.</summary>
internal static partial class Log
{
    // Warnings (shared titles, ignored vocabulary terms) never stop a canon: they are counted here and listed by `jobframe canon check`.
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Canon loaded: {Name} {Version} ({Fingerprint}), {ProfileCount} profiles, {WarningCount} warnings (jobframe canon check lists them), from {Directory}")]
    public static partial void Loaded(ILogger logger, string name, string version, string fingerprint, int profileCount, int warningCount, string directory);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Canon reloaded: {Version} ({Fingerprint}), {ProfileCount} profiles, {WarningCount} warnings")]
    public static partial void Reloaded(ILogger logger, string version, string fingerprint, int profileCount, int warningCount);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Canon error: {File}:{Line}: {Problem}")]
    public static partial void CanonError(ILogger logger, string file, int line, string problem);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Canon reload refused; the last good canon ({Fingerprint}) keeps serving")]
    public static partial void KeptLastGood(ILogger logger, string fingerprint);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Canon reload postponed: {Problem}")]
    public static partial void ReloadIo(ILogger logger, string problem);

    [LoggerMessage(EventId = 110, Level = LogLevel.Error, Message = "The unresolved-query log {Path} cannot be written: {Problem}")]
    public static partial void UnresolvedLogWriteFailed(ILogger logger, string path, string problem);
}
