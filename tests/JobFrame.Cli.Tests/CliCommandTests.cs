using System.Text.Json;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Tests;
using JobFrame.Engine.Tests.Exports;

namespace JobFrame.Cli.Tests;

public sealed class CliCommandTests
{
    [Fact]
    public void ResolveJson_Confident_PrintsTheDocumentedObject()
    {
        var run = CliRun.WithCanon("resolve", "Senior ML Engineer", "--json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["query", "state", "match", "confidence", "evidence", "candidates"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("confident", root.GetProperty("state").GetString());
        var match = root.GetProperty("match");
        Assert.Equal("DATASC.AIMACHIN97C0.P4", match.GetProperty("code").GetString());
        Assert.Equal("AI / Machine Learning Engineering — P4", match.GetProperty("title").GetString());
        Assert.Equal("AI / Machine Learning Engineering", match.GetProperty("family").GetString());
        Assert.Equal("P4", match.GetProperty("level").GetString());
        Assert.Equal("Senior Professional", match.GetProperty("levelName").GetString());
        Assert.Contains("'Senior' → P4 Senior Professional (level name)", root.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveJson_NeedsReview_HasNullMatchCandidatesAndExitsThree()
    {
        var run = CliRun.WithCanon("resolve", "ML Engineer", "--json");

        Assert.Equal(ExitCodes.NotConfident, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("needs_review", json.RootElement.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("match").ValueKind);
        Assert.Equal(3, json.RootElement.GetProperty("candidates").GetArrayLength());
        Assert.All(json.RootElement.GetProperty("candidates").EnumerateArray(), c =>
            Assert.Equal(["code", "title", "level", "confidence"], c.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void ResolveJson_NoMatch_ExitsThree()
    {
        var run = CliRun.WithCanon("resolve", "VP of Sales", "--json");

        Assert.Equal(ExitCodes.NotConfident, run.ExitCode);
        Assert.Equal("no_match", JsonDocument.Parse(run.Out).RootElement.GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("smart", FrameKind.Smart)]
    [InlineData("okr", FrameKind.Okr)]
    [InlineData("mbo", FrameKind.Mbo)]
    [InlineData("scorecard", FrameKind.Scorecard)]
    public void GoalsOneFrameAsText_PrintsExactlyTheSeedsBlock(string frame, FrameKind kind)
    {
        var run = CliRun.WithCanon("goals", "Senior ML Engineer", "--frame", frame, "--format", "text");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(SeedPage.Block(kind) + "\n", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void GoalsWithFills_ReplacesThatRowsPlaceholders()
    {
        var run = CliRun.WithCanon(
            "goals", "ML Engineer P4", "--frame", "smart", "--fill", "1.baseline=12%", "--fill", "smart.1.target=30%", "--fill", "1.date=2027-03-31");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("   Measurable:  Move the metric this drives from 12% to 30% by 2027-03-31.\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("   Measurable:  Move the metric this drives from ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩.\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalsAsCsv_StartsWithTheByteOrderMarkAndTheHeaderRow()
    {
        var run = CliRun.WithCanon("goals", "Senior ML Engineer", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("\uFEFFframe,row,text,baseline,target,date,source\r\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalsAsCsv_IsTheChatFacesFileByteForByte_WithFormulasNeutralised()
    {
        const string Typed = "-2+3+cmd|' /C calc'!A0";
        var run = CliRun.WithCanon("goals", "ML Engineer P4", "--frame", "smart", "--format", "csv", "--fill", "smart.1.baseline=" + Typed, "--fill", "smart.1.target==1+1");
        var frames = GoalFrameBuilder.Build(CanonLoader.Load(CanonFolders.BundledCanon).FindProfile("DATASC.AIMACHIN97C0.P4")!);
        var csv = GoalFramesExport.Render(frames, ExportFormat.Csv, FrameKind.Smart, FilledValues.Parse(["smart.1.baseline=" + Typed, "smart.1.target==1+1"]));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(GoalFramesExport.Encode(csv, ExportFormat.Csv), new System.Text.UTF8Encoding(false).GetBytes(run.Out));
        Assert.Contains("\"'-2+3+cmd|' /C calc'!A0\",\"'=1+1\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalsNotConfident_PrintsCandidatesAndExitsThree()
    {
        var run = CliRun.WithCanon("goals", "ML Engineer");

        Assert.Equal(ExitCodes.NotConfident, run.ExitCode);
        Assert.Contains("AIMLAM.GEN.P3", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_PrintsTheSixBars()
    {
        var run = CliRun.WithCanon("level", "P3");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Scope:           Features or a sub-system end-to-end", run.Out, StringComparison.Ordinal);
        Assert.Contains("Leadership:      Mentors juniors informally", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_PrintsBothLevelsSideBySide()
    {
        var run = CliRun.WithCanon("compare", "P3", "P4");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("P3 — Mid-Level Professional  →  P4 — Senior Professional\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  P4: A system or set of related features\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonCheck_BundledCanon_IsValid()
    {
        var run = CliRun.WithCanon("canon", "check");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("Canon OK:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonCheck_BrokenCanon_NamesFileLineAndProblem()
    {
        var dir = Directory.CreateTempSubdirectory("canon-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "canon.yaml"), "name: t\nversion: \"1\"\n");
            File.WriteAllText(Path.Combine(dir.FullName, "levels.yaml"), "levels:\n  - code: P2\n    name: [oops\n");

            var run = CliRun.Of("canon", "check", "--canon", dir.FullName);

            Assert.Equal(ExitCodes.CanonInvalid, run.ExitCode);
            Assert.Contains(Path.Combine(dir.FullName, "levels.yaml") + ":", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void DefaultCanon_IsTheOneShippedNextToTheTool() =>
        Assert.Equal(ExitCodes.Ok, CliRun.Of("canon", "check").ExitCode);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("goals")]
    [InlineData("goals", "Senior ML Engineer", "--frame", "weekly")]
    [InlineData("goals", "Senior ML Engineer", "--format", "pdf")]
    [InlineData("goals", "Senior ML Engineer", "--fill", "nonsense")]
    [InlineData("resolve", "x", "--colour", "red")]
    [InlineData("compare", "P3")]
    [InlineData("goals", "Senior ML Engineer", "--frame")]
    public void UsageErrors_ExitTwoWithAMessage(params string[] args)
    {
        var run = CliRun.WithCanon(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("jobframe: ", run.Error, StringComparison.Ordinal);
    }
}
