using System.Globalization;
using System.Text.Json.Nodes;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Tests.Slack;
using JobFrame.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.SharedState;

/// <summary>
/// Two real hosts with the bot's own Slack handler, as two instances behind one Slack app: each with its own process
/// state and its own Web API stand-in, sharing one real <c>redis-server</c> started for the test.
/// </summary>
internal sealed class TwoSlackInstances : IAsyncDisposable
{
    public const string SlackEventReplayIgnored = "5110";

    private TwoSlackInstances(RedisServer redis, SlackHost first, SlackHost second)
    {
        Redis = redis;
        First = first;
        Second = second;
    }

    public RedisServer Redis { get; }

    public SlackHost First { get; }

    public SlackHost Second { get; }

    public IReadOnlyList<SlackHost> Both => [First, Second];

    /// <summary>Starts Redis and both hosts; <paramref name="settings"/> are added to both hosts' configuration.</summary>
    public static async Task<TwoSlackInstances> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var redis = await RedisServer.StartAsync();
        var shared = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            // A test takes Redis away and brings it back: try it again at once rather than after the production pause.
            ["Redis:OutageRetrySeconds"] = "0",
        };
        var first = await SlackHost.StartAsync(settings: shared, recordingHandler: false);
        var second = await SlackHost.StartAsync(settings: shared, recordingHandler: false);
        // Start both now (the first request would): each waits for its first Redis connection while starting.
        _ = first.Client;
        _ = second.Client;
        return new TwoSlackInstances(redis, first, second);
    }

    /// <summary>An app_mention event as Slack sends it, asking "level P3", with its own event id and message ts.</summary>
    public static JsonObject Mention(int number)
    {
        var envelope = Slack.Fixtures.Json("app-mention.json");
        envelope["event_id"] = EventId(number);
        envelope["event"]!["ts"] = Ts(number);
        envelope["event"]!["text"] = "<@U0LAN0Z89> level P3";
        return envelope;
    }

    public static string EventId(int number) => "Ev" + number.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>The message's ts, which the answer names as its thread_ts: how an answer is traced to its event.</summary>
    public static string Ts(int number) => "1700000000." + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Every chat.postMessage both instances sent, by the thread (event) it answered.</summary>
    public IReadOnlyList<string?> AnsweredThreads() =>
        [.. Both.SelectMany(host => host.StandIn.CallsTo("api/chat.postMessage")).Select(call => (string?)call.Json["thread_ts"])];

    /// <summary>Waits until both instances together have posted <paramref name="count"/> messages.</summary>
    public async Task WaitForAnswersAsync(int count)
    {
        // Fails a broken test instead of hanging the run; it says nothing about how fast the bot must be.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (AnsweredThreads().Count < count)
        {
            await Task.Delay(20, guard.Token);
        }
    }

    /// <summary>How many deliveries both instances acknowledged as replays of an event already claimed.</summary>
    public int ReplaysIgnored() =>
        Both.Sum(host => host.Logs.GetSnapshot().Count(e => e.Id.Id.ToString(CultureInfo.InvariantCulture) == SlackEventReplayIgnored));

    /// <summary>Waits until both instances use Redis again after it came back.</summary>
    public async Task WaitUntilBothUseRedisAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!Both.All(host => host.Services.GetRequiredService<RedisStore>().IsAvailable))
        {
            await Task.Delay(20, guard.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
