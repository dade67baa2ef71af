using Microsoft.Extensions.Logging.Testing;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>What tests ask of the library's log collector beyond its snapshot: to wait for a line.</summary>
public static class LogRecords
{
    // Fails a broken test instead of hanging it; it says nothing about how fast anything must be.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(10);

    extension(FakeLogCollector logs)
    {
        /// <summary>Waits until an entry with <paramref name="eventId"/> matching <paramref name="match"/> is logged, and returns the first.</summary>
        public async Task<FakeLogRecord> WaitForAsync(int eventId, Func<FakeLogRecord, bool>? match = null)
        {
            using var guard = new CancellationTokenSource(HangGuard);
            while (true)
            {
                var found = logs.GetSnapshot().FirstOrDefault(entry => entry.Id.Id == eventId && (match is null || match(entry)));
                if (found is not null)
                {
                    return found;
                }

                try
                {
                    await Task.Delay(Look, guard.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"Event {eventId} was never logged.");
                }
            }
        }
    }
}
