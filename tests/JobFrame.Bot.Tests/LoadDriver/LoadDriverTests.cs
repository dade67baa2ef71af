using JobFrame.Bot.Tests.Web;
using JobFrame.LoadTest;

namespace JobFrame.Bot.Tests.LoadDriver;

/// <summary>
/// The load driver behind docs/PERFORMANCE.md, run briefly against the real host on loopback: its figures are only
/// worth something if every request it counts as answered really was, and if it refuses to load anything else.
/// </summary>
public sealed class LoadDriverTests
{
    [Fact]
    public async Task OpenLoopRun_AgainstTheHost_GetsARealAnswerToEveryMessageAndHealthCheck()
    {
        await using var host = new BotHostFixture("Development");
        var url = host.StartOnLoopback();
        var options = Options(url, "--rate", "40", "--healthz-rate", "10", "--duration", "1");
        using var client = new HttpClient();

        var report = await new OpenLoopRun(options, client).RunAsync(CancellationToken.None);

        Assert.Equal(["goals", "level", "compare", "needs-review", "no-match", "all messages", "healthz"], report.Scenarios.Select(s => s.Scenario));
        Assert.All(report.Scenarios, s => Assert.Equal((s.Scenario, s.Sent, 0), (s.Scenario, s.Ok, s.Errors)));
        Assert.Equal(40, report.Scenarios.Single(s => s.Scenario == "all messages").Ok);
        Assert.Equal(10, report.Scenarios.Single(s => s.Scenario == "healthz").Ok);
    }

    [Fact]
    public async Task ClosedLoopRun_AgainstTheHost_AnswersEveryRequestItSends()
    {
        await using var host = new BotHostFixture("Development");
        var url = host.StartOnLoopback();
        var options = Options(url, "--saturate", "both", "--workers", "2", "--duration", "1");
        using var client = new HttpClient();

        var report = await new ClosedLoopRun(options, client).RunAsync(
            Scenarios.Interleave(Scenarios.Messages(url)), "all messages", CancellationToken.None);

        var all = report.Scenarios.Single(s => s.Scenario == "all messages");
        Assert.True(all.Ok > 0);
        Assert.All(report.Scenarios, s => Assert.Equal((s.Scenario, s.Sent, 0), (s.Scenario, s.Ok, s.Errors)));
    }

    [Theory]
    [InlineData("{\"activities\":[{\"type\":\"message\"}]}", true)]
    [InlineData("{\"activities\":[]}", false)]
    [InlineData("{\"activity\":[{\"type\":\"message\"}]}", false)]
    [InlineData("{}", false)]
    [InlineData("[", false)]
    [InlineData("", false)]
    public void ExpectedReplies_CountsOnlyABodyWithAnActivity(string body, bool expected) =>
        Assert.Equal(expected, ExpectedReplies.HasAny(System.Text.Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("--url http://10.0.0.5:3978")]
    [InlineData("--url http://example.com")]
    [InlineData("--rate 20000")]
    [InlineData("--saturate everything")]
    [InlineData("--saturate messages --workers 0")]
    [InlineData("--duration")]
    public void Parse_RefusesWhatItMustNotDo(string commandLine)
    {
        var (options, error) = LoadOptions.Parse(commandLine.Split(' '));

        Assert.Null(options);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Parse_SaturateWithARate_IsRefusedWithTheReason()
    {
        var (options, error) = LoadOptions.Parse(["--saturate", "both", "--rate", "500"]);

        Assert.Null(options);
        Assert.Contains("--workers", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoOptions_IsTwoHundredMessagesASecondForThirtySecondsOnTheLocalHost()
    {
        var (options, _) = LoadOptions.Parse([]);

        Assert.Equal((new Uri("http://127.0.0.1:3978"), 200d, TimeSpan.FromSeconds(30), (SaturationTarget?)null), (options!.BaseUrl, options.Rate, options.Duration, options.Saturate));
    }

    private static LoadOptions Options(Uri url, params string[] args) =>
        LoadOptions.Parse(["--url", url.AbsoluteUri, .. args]).Options ?? throw new InvalidOperationException("bad test options");
}
