using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>Keeps every log entry the host writes, so tests can assert what was logged (and what never was).</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<RecordedLog> _entries = new();
    private readonly SemaphoreSlim _logged = new(0);

    public IReadOnlyCollection<RecordedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, this);

    /// <summary>Waits until an entry with <paramref name="eventId"/> matching <paramref name="match"/> is logged.</summary>
    public async Task<RecordedLog> WaitForAsync(int eventId, Func<RecordedLog, bool>? match = null)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (true)
        {
            var found = _entries.FirstOrDefault(entry => entry.EventId.Id == eventId && (match is null || match(entry)));
            if (found is not null)
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

    private void Record(RecordedLog entry)
    {
        _entries.Enqueue(entry);
        _logged.Release();
    }

    private sealed class RecordingLogger(string category, RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value)
                : [];
            provider.Record(new RecordedLog(category, logLevel, eventId, formatter(state, exception), values));
        }
    }
}
