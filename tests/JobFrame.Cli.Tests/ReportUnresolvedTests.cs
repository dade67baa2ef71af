namespace JobFrame.Cli.Tests;

public sealed class ReportUnresolvedTests
{
    [Fact]
    public void Report_RanksQueriesByHowOftenTheyWereAsked_GroupingCaseAndSpaces()
    {
        var log = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(log,
            [
                """{"at":"2026-11-01T09:00:00+00:00","query":"Staff ML Engineer","state":"no_match"}""",
                """{"at":"2026-11-02T09:00:00+00:00","query":"staff  ml engineer","state":"no_match"}""",
                """{"at":"2026-11-03T09:00:00+00:00","query":"ML Engineer","state":"needs_review"}""",
                "not json",
                """{"at":"2026-10-01T09:00:00+00:00","query":"Data Engineer","state":"no_match"}""",
            ]);

            var run = CliRun.Of("report", "unresolved", "--log", log, "--since", "2026-11-01");

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("3 unresolved questions since 2026-11-01, 2 shown, most asked first.", lines[0]);
            Assert.Equal("    2         2  2026-11-02   staff  ml engineer", lines[2]);
            Assert.Equal("    1         0  2026-11-03   ML Engineer", lines[3]);
            Assert.DoesNotContain("Data Engineer", run.Out, StringComparison.Ordinal);
            Assert.Contains("skipped 1 unreadable line", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Report_WithoutLog_IsAUsageError() =>
        Assert.Equal(ExitCodes.Usage, CliRun.Of("report", "unresolved").ExitCode);
}
