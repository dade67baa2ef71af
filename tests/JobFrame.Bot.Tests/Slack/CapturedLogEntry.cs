using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>One log line: the formatted message, and the structured values it was written with.</summary>
internal sealed record CapturedLogEntry(
    string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Values);
