using System.Globalization;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>A clock that says it is always one instant; timers still run on real time, so retry waits complete.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; } = now;

    public string UnixSeconds => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public override DateTimeOffset GetUtcNow() => Now;
}
