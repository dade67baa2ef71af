using JobFrame.Cli;
using JobFrame.Tests.Shared;
using StackExchange.Redis;

namespace JobFrame.Cli.Tests;

/// <summary>`report unresolved --redis`: the hosts' shared stream in a real redis-server, alone or with a log file.</summary>
public sealed class ReportUnresolvedStreamTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Report_FromTheStream_RanksWhatEveryInstanceRecorded()
    {
        await AddAsync(
            ("2026-11-01T09:00:00.0000000+00:00", "Staff ML Engineer", "no_match"),
            ("2026-11-02T09:00:00.0000000+00:00", "staff  ml engineer", "no_match"),
            ("2026-11-03T09:00:00.0000000+00:00", "ML Engineer", "needs_review"));

        var run = CliRun.Of("report", "unresolved", "--redis", _redis.ConnectionString);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("3 unresolved questions, 2 shown, most asked first.", lines[0]);
        Assert.Equal("    2         2  2026-11-02   staff  ml engineer", lines[2]);
        Assert.Equal("    1         0  2026-11-03   ML Engineer", lines[3]);
    }

    [Fact]
    public async Task Report_FromTheStreamAndAFile_CountsBothTogether()
    {
        await AddAsync(("2026-11-02T09:00:00.0000000+00:00", "Data Wrangler", "no_match"));
        var log = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(log, ["""{"at":"2026-11-01T09:00:00+00:00","query":"data wrangler","state":"no_match"}"""]);

            var run = CliRun.Of("report", "unresolved", "--log", log, "--redis", _redis.ConnectionString);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            Assert.Contains("    2         2  2026-11-02   Data Wrangler", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task Report_FromAStreamLongerThanAPage_ReadsItAll()
    {
        var entries = Enumerable.Range(0, 2500).Select(i => ("2026-11-01T09:00:00.0000000+00:00", "Wizard " + (i % 3), "no_match")).ToArray();
        await AddAsync(entries);

        var run = CliRun.Of("report", "unresolved", "--redis", _redis.ConnectionString);

        Assert.StartsWith("2500 unresolved questions, 3 shown", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithRedisUnreachable_SaysSoAndIsAUsageError()
    {
        await _redis.StopAsync();

        var run = CliRun.Of("report", "unresolved", "--redis", _redis.ConnectionString + ",connectTimeout=500");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("cannot read the stream jobframe:unresolved", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_StreamWithoutRedis_IsAUsageError() =>
        Assert.Equal(ExitCodes.Usage, CliRun.Of("report", "unresolved", "--stream", "other:unresolved").ExitCode);

    /// <summary>Adds entries as the hosts write them: fields at, query, state.</summary>
    private async Task AddAsync(params (string At, string Query, string State)[] entries)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var database = connection.GetDatabase();
        foreach (var (at, query, state) in entries)
        {
            await database.StreamAddAsync(UnresolvedStreamReader.DefaultStream, [new("at", at), new("query", query), new("state", state)]);
        }
    }
}
