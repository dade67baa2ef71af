using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>Keeps every formatted log line the host writes, so tests can assert what was (and was not) logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    // Fails a broken test instead of hanging it; it says nothing about how fast anything must be.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();
    private readonly SemaphoreSlim _logged = new(0);

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    /// <summary>Waits until an entry with <paramref name="eventId"/> has been logged, and returns the first.</summary>
    public async Task<CapturedLogEntry> WaitForAsync(int eventId)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (true)
        {
            if (_entries.FirstOrDefault(entry => entry.EventId.Id == eventId) is { } found)
            {
                return found;
            }

            try
            {
                await _logged.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Event {eventId} was never logged.");
            }
        }
    }

    public void Dispose() => _logged.Dispose();

    private void Add(CapturedLogEntry entry)
    {
        _entries.Enqueue(entry);
        _logged.Release();
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.First().Value)
                : [];
            logs.Add(new CapturedLogEntry(category, logLevel, eventId, formatter(state, exception), exception, values));
        }
    }
}
