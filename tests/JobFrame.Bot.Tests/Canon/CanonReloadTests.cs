using JobFrame.Bot.Canon;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Canon;

public sealed class CanonReloadTests
{
    // Waiting for the file watcher is bounded so a broken reload fails the test instead of hanging it; it asserts
    // nothing about speed.
    private static readonly TimeSpan WatchBound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ValidEdit_IsSwappedInWhileTheHostKeepsAnswering()
    {
        using var canon = new CanonFolderCopy();
        await using var factory = Host(canon.Directory);
        var holder = factory.Services.GetRequiredService<CanonHolder>();
        var before = holder.Current;

        canon.Edit("canon.yaml", "version: \"2026.11\"", "version: \"2026.12\"");

        var after = await WaitFor(holder, c => c.Version == "2026.12");
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.IsType<GoalsAnswer>(factory.Services.GetRequiredService<JobFrameEngine>().Ask("goals for Senior ML Engineer"));
    }

    [Fact]
    public async Task BrokenEdit_KeepsTheLastGoodCanonServing_AndLogsFileAndLine()
    {
        using var canon = new CanonFolderCopy();
        await using var factory = Host(canon.Directory);
        var holder = factory.Services.GetRequiredService<CanonHolder>();
        var before = holder.Current;

        canon.Edit("levels.yaml", "    name: Senior Professional", "    nmae: Senior Professional");
        // A second, valid edit afterwards proves the watcher kept running after the refusal.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Same(before, holder.Current);
        Assert.IsType<GoalsAnswer>(factory.Services.GetRequiredService<JobFrameEngine>().Ask("goals for Senior ML Engineer"));

        canon.Edit("levels.yaml", "    nmae: Senior Professional", "    name: Senior Professional");
        canon.Edit("canon.yaml", "version: \"2026.11\"", "version: \"fixed\"");
        Assert.Equal("fixed", (await WaitFor(holder, c => c.Version == "fixed")).Version);
    }

    [Fact]
    public async Task BrokenEdit_ShowsInReadyzWhileTheLastGoodCanonServes_UntilAGoodEditIsAccepted()
    {
        using var canon = new CanonFolderCopy();
        await using var factory = Host(canon.Directory);
        using var client = factory.CreateClient();
        var holder = factory.Services.GetRequiredService<CanonHolder>();
        var status = factory.Services.GetRequiredService<CanonReloadStatus>();
        var served = holder.Current;

        canon.Edit("levels.yaml", "    name: Senior Professional", "    nmae: Senior Professional");
        await WaitUntil(() => status.Refused is not null);
        var refused = await ReadyzAsync(client);

        Assert.Equal("ready", (string?)refused["status"]);
        Assert.Equal(served.Fingerprint, (string?)refused["canon"]!["fingerprint"]);
        Assert.Matches(@"^[\w./-]+\.yaml:\d+: ", (string?)refused["refusedReload"]!["firstError"]);
        Assert.True((int)refused["refusedReload"]!["errorCount"]! >= 1);

        canon.Edit("levels.yaml", "    nmae: Senior Professional", "    name: Senior Professional");
        canon.Edit("canon.yaml", "version: \"2026.11\"", "version: \"fixed\"");
        await WaitFor(holder, c => c.Version == "fixed");
        var accepted = await ReadyzAsync(client);

        Assert.Null(accepted["refusedReload"]);
        Assert.Equal("fixed", (string?)accepted["canon"]!["version"]);
    }

    [Fact]
    public void BrokenCanonAtStart_StopsTheHostNamingFileLineAndProblem()
    {
        using var canon = new CanonFolderCopy();
        canon.Edit("families/DATASC.AIMACHIN97C0.yaml", "  superfunction: Data Science & Analytics\n", string.Empty);
        using var factory = Host(canon.Directory);

        var error = Assert.Throws<CanonLoadException>(() => factory.Services);

        Assert.Contains(error.Errors, e => e.File == "families/DATASC.AIMACHIN97C0.yaml" && e.Line > 0
            && e.Problem.Contains("superfunction", StringComparison.Ordinal));
    }

    private static BotHostFixture Host(string canonDirectory) =>
        new("Development", new Dictionary<string, string?> { ["Canon:Directory"] = canonDirectory, ["Canon:Watch"] = "true" });

    private static async Task<System.Text.Json.Nodes.JsonNode> ReadyzAsync(HttpClient client) =>
        System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)))!;

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + WatchBound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the canon reload was not refused");
            await Task.Delay(100);
        }
    }

    private static async Task<CanonSnapshot> WaitFor(CanonHolder holder, Func<CanonSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow + WatchBound;
        while (!condition(holder.Current))
        {
            Assert.True(DateTime.UtcNow < deadline, "the canon was not reloaded");
            await Task.Delay(100);
        }

        return holder.Current;
    }
}
