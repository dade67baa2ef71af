using JobFrame.Bot.RateLimits;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Tests.RateLimits;

public sealed class ChatRateLimiterTests
{
    [Fact]
    public async Task PerUser_RefusesTheTurnAfterTheMinutesAllowance_WithoutTouchingOthers()
    {
        using var limiter = new ChatRateLimiter(Options.Create(new ChatRateLimitOptions { PerUserPerMinute = 3, PerConversationPerMinute = 100 }));

        var turns = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            turns.Add(await limiter.TryAcquireAsync("msteams", "alice", "c1"));
        }

        Assert.Equal([true, true, true, false], turns);
        Assert.True(await limiter.TryAcquireAsync("msteams", "bob", "c1"));
        Assert.True(await limiter.TryAcquireAsync("slack", "alice", "c1"));
    }

    [Fact]
    public async Task PerConversation_RefusesABusyConversation_ButNotAnother()
    {
        using var limiter = new ChatRateLimiter(Options.Create(new ChatRateLimitOptions { PerUserPerMinute = 100, PerConversationPerMinute = 2 }));

        Assert.True(await limiter.TryAcquireAsync("slack", "u1", "busy"));
        Assert.True(await limiter.TryAcquireAsync("slack", "u2", "busy"));
        Assert.False(await limiter.TryAcquireAsync("slack", "u3", "busy"));
        Assert.True(await limiter.TryAcquireAsync("slack", "u3", "quiet"));
    }
}
