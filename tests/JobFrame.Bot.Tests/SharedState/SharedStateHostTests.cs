using System.Net;
using System.Text.Json;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Tests.Slack;
using JobFrame.Bot.Tests.Slack.Handlers;
using JobFrame.Bot.Tests.Web;
using JobFrame.Tests.Shared;
using StackExchange.Redis;

namespace JobFrame.Bot.Tests.SharedState;

/// <summary>One host and a real Redis: what /readyz says about it, what the host says at start, and the unresolved-question stream.</summary>
public sealed class SharedStateHostTests
{
    [Fact]
    public async Task Readyz_WithRedisReachable_ReportsItAndItsLatency()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = new BotHostFixture("Production", WithRedis(redis));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", report.RootElement.GetProperty("status").GetString());
        var reported = report.RootElement.GetProperty("redis");
        Assert.Equal("reachable", reported.GetProperty("status").GetString());
        Assert.True(reported.GetProperty("latencyMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Readyz_WithRedisDown_StaysReadyAndSaysRedisIsUnreachable()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = new BotHostFixture("Production", WithRedis(redis));
        using var client = host.CreateClient();
        await redis.StopAsync();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        // The bot still answers (from memory), so the instance stays in rotation.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", report.RootElement.GetProperty("status").GetString());
        var reported = report.RootElement.GetProperty("redis");
        Assert.Equal("unreachable", reported.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(reported.GetProperty("problem").GetString()));
        Assert.False(reported.TryGetProperty("latencyMs", out _));
    }

    [Fact]
    public async Task Readyz_WithoutRedis_SaysNothingAboutIt()
    {
        await using var host = new BotHostFixture("Production");
        using var client = host.CreateClient();

        using var report = JsonDocument.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        Assert.False(report.RootElement.TryGetProperty("redis", out _));
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Start_WithoutRedis_WarnsOutsideDevelopmentThatStateIsPerInstance(string environment, bool warned)
    {
        await using var host = new BotHostFixture(environment);
        using var client = host.CreateClient();

        var warning = host.Logs.GetSnapshot().Where(e => e.Id.Id == 7000).ToList();

        Assert.Equal(warned, warning.Count == 1);
        Assert.All(warning, w => Assert.Contains("ConnectionStrings:Redis", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithRedis_NamesItsEndpointButNeverItsPassword()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString + ",password=not-a-real-secret" };
        await using var host = new BotHostFixture("Production", settings);
        using var client = host.CreateClient();

        Assert.Contains(host.Logs.GetSnapshot(), e => e.Id.Id == 7001 && e.Message.Contains(redis.ConnectionString, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Message.Contains("not-a-real-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithAnInvalidConnectionString_StopsNamingTheSetting()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "127.0.0.1:6379,connectTimeout=soon" };
        await using var host = new BotHostFixture("Production", settings);

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ConnectionStrings:Redis", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnresolvedQuestion_GoesToTheStream_WithTheQueryTextOnlyNeverWhoAsked()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = await SlackHost.StartAsync(
            settings: new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString }, recordingHandler: false);

        await SlackBotWire.SlashAsync(host, "goals for Chief Happiness Wizard");
        var entries = await ReadStreamAsync(redis, "jobframe:" + UnresolvedQueryStreamLog.StreamName, 1);

        var entry = Assert.Single(entries);
        Assert.Equal(["at", "query", "state"], entry.Values.Select(v => v.Name.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal("Chief Happiness Wizard", entry["query"].ToString());
        Assert.Equal("no_match", entry["state"].ToString());
        Assert.True(DateTimeOffset.TryParse(entry["at"].ToString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain(entry.Values, v => v.Value.ToString().Contains("U2147483697", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnresolvedStream_IsCappedAtItsMaximumLength()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = WithRedis(redis);
        settings["UnresolvedLog:StreamMaxLength"] = "1000";
        await using var host = new BotHostFixture("Production", settings);
        var engine = (JobFrame.Engine.Answers.JobFrameEngine)host.Services.GetService(typeof(JobFrame.Engine.Answers.JobFrameEngine))!;

        for (var i = 0; i < 3000; i++)
        {
            engine.Ask("goals for Chief Happiness Wizard " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The last question arrives last: once it is in, every earlier one was written (or trimmed away).
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var stream = new RedisKey("jobframe:" + UnresolvedQueryStreamLog.StreamName);
        await WaitUntilAsync(async () => (await connection.GetDatabase().StreamRangeAsync(stream, "-", "+", 1, Order.Descending)) is [var last]
            && last["query"] == "Chief Happiness Wizard 2999");
        var length = await connection.GetDatabase().StreamLengthAsync(stream);
        Assert.InRange(length, 1000, 1200);
    }

    private static Dictionary<string, string?> WithRedis(RedisServer redis) =>
        new() { ["ConnectionStrings:Redis"] = redis.ConnectionString };

    private static async Task<StreamEntry[]> ReadStreamAsync(RedisServer redis, string stream, int count)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        StreamEntry[] entries = [];
        await WaitUntilAsync(async () => (entries = await connection.GetDatabase().StreamRangeAsync(stream)).Length >= count);
        return entries;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // Fails a broken test instead of hanging the run; it says nothing about how fast the log must be written.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(20, guard.Token);
        }
    }
}
