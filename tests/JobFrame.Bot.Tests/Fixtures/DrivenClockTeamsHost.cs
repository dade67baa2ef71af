using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>A Teams host whose clock the test drives: retry waits and timeouts pass only when the test advances it.</summary>
public sealed class DrivenClockTeamsHost : TeamsHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override FakeTimeProvider? Time => Clock;
}
