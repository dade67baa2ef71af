using JobFrame.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Tests.Hosting;

public sealed class ChatRateLimiterTests
{
    [Fact]
    public void PerUser_RefusesTheTurnAfterTheMinutesAllowance_WithoutTouchingOthers()
    {
        using var limiter = new ChatRateLimiter(Options.Create(new ChatRateLimitOptions { PerUserPerMinute = 3, PerConversationPerMinute = 100 }));

        var turns = Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire("msteams", "alice", "c1")).ToList();

        Assert.Equal([true, true, true, false], turns);
        Assert.True(limiter.TryAcquire("msteams", "bob", "c1"));
        Assert.True(limiter.TryAcquire("slack", "alice", "c1"));
    }

    [Fact]
    public void PerConversation_RefusesABusyConversation_ButNotAnother()
    {
        using var limiter = new ChatRateLimiter(Options.Create(new ChatRateLimitOptions { PerUserPerMinute = 100, PerConversationPerMinute = 2 }));

        Assert.True(limiter.TryAcquire("slack", "u1", "busy"));
        Assert.True(limiter.TryAcquire("slack", "u2", "busy"));
        Assert.False(limiter.TryAcquire("slack", "u3", "busy"));
        Assert.True(limiter.TryAcquire("slack", "u3", "quiet"));
    }
}
