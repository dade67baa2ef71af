using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>One log entry, with its structured values.</summary>
public sealed record RecordedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values);
