using System.Diagnostics.Metrics;
using JobFrame.Bot.RateLimits;
using JobFrame.Bot.SharedState;
using JobFrame.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace JobFrame.Bot.Tests.SharedState;

/// <summary>The rate limiter on a real Redis: the same answers as in memory, and in memory while Redis is away.</summary>
public sealed class RedisRateLimitTests
{
    [Fact]
    public async Task PerConversation_OnRedis_RefusesABusyConversationButNotAnother()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var services = await ServicesAsync(redis, perUser: 100, perConversation: 2);
        var limiter = services.GetRequiredService<ChatRateLimiter>();

        Assert.True(await limiter.TryAcquireAsync("slack", "u1", "busy"));
        Assert.True(await limiter.TryAcquireAsync("slack", "u2", "busy"));
        Assert.False(await limiter.TryAcquireAsync("slack", "u3", "busy"));
        Assert.True(await limiter.TryAcquireAsync("slack", "u3", "quiet"));
    }

    [Fact]
    public async Task TwoLimiters_OnOneRedis_ShareOneAllowance()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var first = await ServicesAsync(redis, perUser: 3, perConversation: 100);
        await using var second = await ServicesAsync(redis, perUser: 3, perConversation: 100);
        ChatRateLimiter[] limiters = [first.GetRequiredService<ChatRateLimiter>(), second.GetRequiredService<ChatRateLimiter>()];

        var turns = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            turns.Add(await limiters[i % 2].TryAcquireAsync("msteams", "alice", "c1"));
        }

        Assert.Equal([true, true, true, false], turns);
    }

    [Fact]
    public async Task RedisDown_LimitsInMemory_CountedAsAFallback()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var services = await ServicesAsync(redis, perUser: 2, perConversation: 100);
        using var fallbacks = new MetricCollector<long>(
            services.GetRequiredService<IMeterFactory>(), SharedStateMetrics.MeterName, SharedStateMetrics.FallbacksName);
        var limiter = services.GetRequiredService<ChatRateLimiter>();
        await redis.StopAsync();

        var turns = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            turns.Add(await limiter.TryAcquireAsync("slack", "bob", "c1"));
        }

        Assert.Equal([true, true, false], turns);
        Assert.All(fallbacks.GetMeasurementSnapshot(), m => Assert.Equal(SharedStateOperation.RateLimit, m.Tags["operation"]));
        Assert.Equal(3, fallbacks.GetMeasurementSnapshot().Count);
    }

    /// <summary>The limiter's registrations alone, connected to Redis (as the host's start-up would have it).</summary>
    private static async Task<ServiceProvider> ServicesAsync(RedisServer redis, int perUser, int perConversation)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Redis:OutageRetrySeconds"] = "0",
            ["RateLimits:PerUserPerMinute"] = perUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:PerConversationPerMinute"] = perConversation.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddChatRateLimits()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.True(await services.GetRequiredService<RedisStore>().ConnectAsync());
        return services;
    }
}
