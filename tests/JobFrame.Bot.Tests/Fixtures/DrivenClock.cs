using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>Moves a FakeTimeProvider forward in steps until what a test waits for has happened: no retry wait is slept through.</summary>
internal static class DrivenClock
{
    /// <summary>
    /// Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="condition"/> holds, letting the
    /// work each step released run in between; returns how far the clock moved. Fails past <paramref name="limit"/>.
    /// </summary>
    public static async Task<TimeSpan> AdvanceUntilAsync(this FakeTimeProvider time, Func<bool> condition, TimeSpan step, TimeSpan limit)
    {
        var moved = TimeSpan.Zero;
        while (!await SettledAsync(condition))
        {
            Assert.True(moved < limit, $"Nothing happened in {limit} of driven time.");
            time.Advance(step);
            moved += step;
        }

        return moved;
    }

    // Work released by a step runs on real threads (a loopback request, a continuation): give it a moment to show.
    private static async Task<bool> SettledAsync(Func<bool> condition)
    {
        for (var look = 0; look < 20; look++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(5);
        }

        return condition();
    }
}
