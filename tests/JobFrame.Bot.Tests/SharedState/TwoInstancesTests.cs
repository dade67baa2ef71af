using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Bot.RateLimits;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Tests.Slack;
using JobFrame.Bot.Tests.Slack.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Xunit.Abstractions;

namespace JobFrame.Bot.Tests.SharedState;

/// <summary>
/// Two instances behind one Slack app, sharing one real Redis: a retried event is answered once, one manager is
/// limited at the shared allowance, and taking Redis away loses no answer.
/// </summary>
public sealed class TwoInstancesTests(ITestOutputHelper output)
{
    /// <summary>Events delivered to both instances at once: the figure the shared de-duplication is judged by.</summary>
    private const int ConcurrentRetries = 2000;

    /// <summary>Room for every event at once: no rate limit in the way, and a queue that holds them all.</summary>
    private static readonly IReadOnlyDictionary<string, string> Unlimited = new Dictionary<string, string>
    {
        ["Slack:EventQueueCapacity"] = "10000",
        ["RateLimits:PerUserPerMinute"] = "100000",
        ["RateLimits:PerConversationPerMinute"] = "100000",
    };

    [Fact]
    public async Task SameEvent_DeliveredToBothInstancesAtOnce_IsAnsweredOnce()
    {
        await using var instances = await TwoSlackInstances.StartAsync(Unlimited);

        var statuses = await DeliverToBothAtOnceAsync(instances, 0, ConcurrentRetries);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        // Every event was delivered twice: each replay acknowledged without action is one answer not doubled.
        var doubled = ConcurrentRetries - instances.ReplaysIgnored();
        output.WriteLine($"answers doubled: {doubled} of {ConcurrentRetries} events delivered to both instances at once");
        Assert.Equal(0, doubled);
        await instances.WaitForAnswersAsync(ConcurrentRetries);
        var threads = instances.AnsweredThreads();
        Assert.Equal(ConcurrentRetries, threads.Count);
        Assert.Equal(
            Enumerable.Range(0, ConcurrentRetries).Select(TwoSlackInstances.Ts).Order(StringComparer.Ordinal),
            threads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OneManager_AcrossBothInstances_IsLimitedAtTheSharedLimit()
    {
        await using var instances = await TwoSlackInstances.StartAsync();
        var allowance = new ChatRateLimitOptions().PerUserPerMinute;

        var answers = new List<JsonObject>();
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 2 * allowance; i++)
        {
            answers.Add(await SlackBotWire.SlashAsync(instances.Both[i % 2], "level P3"));
        }

        elapsed.Stop();
        var letThrough = answers.Count(answer => (string?)answer["text"] != ChatRateLimiter.SlowDownNotice);
        output.WriteLine($"let through: {letThrough} of {answers.Count} questions from one manager across two instances in {elapsed.Elapsed.TotalSeconds:F1} s (limit {allowance} a minute)");
        // The bucket holds the allowance and refills continuously at the allowance a minute, as in memory: the first
        // `allowance` questions pass, then only what refilled while they were being asked; per instance it would be 2x.
        var refilled = (int)Math.Floor(elapsed.Elapsed.TotalMinutes * allowance);
        Assert.All(answers.Take(allowance), answer => Assert.NotEqual(ChatRateLimiter.SlowDownNotice, (string?)answer["text"]));
        Assert.InRange(letThrough, allowance, allowance + refilled);
    }

    [Fact]
    public async Task RedisStoppedMidRun_LosesNoAnswer_AndBothInstancesShareAgainWhenItReturns()
    {
        const int PerPhase = 100;
        await using var instances = await TwoSlackInstances.StartAsync(Unlimited);
        using var fallbacks = new MetricCollector<long>(
            instances.First.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            SharedStateMetrics.MeterName,
            SharedStateMetrics.FallbacksName);

        var before = await DeliverToBothAtOnceAsync(instances, 0, PerPhase);
        await instances.Redis.StopAsync();
        var during = await DeliverToBothAtOnceAsync(instances, PerPhase, PerPhase);
        await instances.Redis.StartAgainAsync();
        await instances.WaitUntilBothUseRedisAsync();
        var after = await DeliverToBothAtOnceAsync(instances, 2 * PerPhase, PerPhase);

        Assert.All([.. before, .. during, .. after], status => Assert.Equal(HttpStatusCode.OK, status));
        // Shared: once each; while Redis was down each instance answered what it was given: twice, never zero times.
        await instances.WaitForAnswersAsync(PerPhase + (2 * PerPhase) + PerPhase);
        var answers = instances.AnsweredThreads().CountBy(ts => ts ?? "(none)").ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.All(Enumerable.Range(0, PerPhase), i => Assert.Equal(1, answers.GetValueOrDefault(TwoSlackInstances.Ts(i))));
        Assert.All(Enumerable.Range(PerPhase, PerPhase), i => Assert.Equal(2, answers.GetValueOrDefault(TwoSlackInstances.Ts(i))));
        Assert.All(Enumerable.Range(2 * PerPhase, PerPhase), i => Assert.Equal(1, answers.GetValueOrDefault(TwoSlackInstances.Ts(i))));

        Assert.Contains(fallbacks.GetMeasurementSnapshot(), m => (string?)m.Tags["operation"] == SharedStateOperation.Dedup);
        var logged = instances.First.Logs.GetSnapshot();
        Assert.Single(logged, e => e.Id.Id == 7002);
        Assert.Single(logged, e => e.Id.Id == 7003);
    }

    /// <summary>Delivers each event to both instances at the same moment (the second as Slack's retry); returns every status.</summary>
    private static async Task<HttpStatusCode[]> DeliverToBothAtOnceAsync(TwoSlackInstances instances, int first, int count)
    {
        var retry = new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" };
        var deliveries = Enumerable.Range(first, count).SelectMany(i => new[]
        {
            StatusAsync(instances.First.PostEventAsync(TwoSlackInstances.Mention(i))),
            StatusAsync(instances.Second.PostEventAsync(TwoSlackInstances.Mention(i), retry)),
        });
        return await Task.WhenAll(deliveries);
    }

    private static async Task<HttpStatusCode> StatusAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return response.StatusCode;
    }
}
