using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Slack;

internal sealed record CapturedLogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);
