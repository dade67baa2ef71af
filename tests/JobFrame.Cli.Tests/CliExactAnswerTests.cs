using JobFrame.Tests.Shared;

namespace JobFrame.Cli.Tests;

/// <summary>
/// On the command line, as in every face: level codes are exact, the level-only answer exits 3, what the canon has no
/// data for is said and exits 4, and a canon with shared titles loads with warnings that `canon check` lists.
/// </summary>
public sealed class CliExactAnswerTests
{
    [Theory]
    [InlineData("M2", "M2 — Manager II\n")]
    [InlineData("M3", "M3 — Senior Manager\n")]
    [InlineData("E2", "E2 — Senior Director (Executive)\n")]
    [InlineData("S2", "S2 — Support Specialist\n")]
    [InlineData("Manager M2", "M2 — Manager II\n")]
    public void Level_Code_IsExactlyThatLevel(string subject, string firstLine) =>
        Assert.StartsWith(firstLine, CliRun.WithCanon("level", subject).Out, StringComparison.Ordinal);

    [Theory]
    [InlineData("L3")]
    [InlineData("Q3")]
    public void Level_UnknownCode_IsNoMatchAndExitsThree(string code)
    {
        var run = CliRun.WithCanon("level", code);

        Assert.Equal(ExitCodes.NotConfident, run.ExitCode);
        Assert.StartsWith($"No confident match for '{code}' in the canon.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_LevelKnownByNameOnly_SaysSoAndExitsFour()
    {
        var run = CliRun.WithCanon("level", "P7");

        Assert.Equal(ExitCodes.NoData, run.ExitCode);
        Assert.Contains("The canon has this level; this bundle has no data for it.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P4", "M3", "P4 — Senior Professional  →  M3 — Senior Manager\n")]
    [InlineData("M2", "M4", "M2 — Manager II  →  M4 — Director\n")]
    public void Compare_WithALevelWithoutData_ShowsNoInventedRowAndExitsFour(string left, string right, string firstLine)
    {
        var run = CliRun.WithCanon("compare", left, right);

        Assert.Equal(ExitCodes.NoData, run.ExitCode);
        Assert.StartsWith(firstLine, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(changes)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoLevelsWithData_ExitsZero()
    {
        var run = CliRun.WithCanon("compare", "M1", "M2");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Scope (changes)\n  M1: A single team\n  M2: An established team or sub-function\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_TitleNamingALevelButNoCoveredRole_PrintsTheLevelAloneAndExitsThree()
    {
        var run = CliRun.WithCanon("goals", "Senior Product Manager");

        Assert.Equal(ExitCodes.NotConfident, run.ExitCode);
        Assert.StartsWith(
            "P4 — Senior Professional\nUniversal level: these bars are the same in every job family; they are not tied to a role.\n"
            + "No role in the canon matched 'Senior Product Manager'. This is the level it names, alone: no goal frames, because no role resolved.\n",
            run.Out,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Goal templates", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smart", "SMART goals")]
    [InlineData("okr", "OKRs")]
    public void Goals_FrameATaxonomyRoleCannotHave_SaysSoAndExitsFour(string frame, string name)
    {
        var run = CliRun.WithCanon("goals", "Experienced AI/ML Engineer", "--frame", frame);

        Assert.Equal(ExitCodes.NoData, run.ExitCode);
        Assert.Equal(
            $"The canon does not back {name} for Experienced AI/ML Engineer (AIMLAM.GEN.P3): a taxonomy role has no job family responsibilities to build them from.\n",
            run.Out);
    }

    [Fact]
    public void Level_TaxonomyRole_PrintsNoTrack()
    {
        var run = CliRun.WithCanon("level", "Experienced AI/ML Engineer");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.DoesNotContain("Track:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonCheck_ACanonWithSharedTitles_LoadsAndListsItsWarnings()
    {
        var run = CliRun.Of("canon", "check", "--canon", TestCanons.SeveralFunctions);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("Canon OK: Several functions (test data) test-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("warnings (the canon loads; these are answered with candidates or ignored):\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("means profile SALESM.GEN.P4 and also profile PRJMGT.GEN.P4", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("Sales Manager", "SALESM.GEN.P4")]
    [InlineData("Operations Manager", "OPSMGT.GEN.M2")]
    [InlineData("Engineering Manager M2", "ENGMGT.MANAGER0001.M2")]
    public void Resolve_AForeignCanon_AnswersItsOwnRoles(string title, string code)
    {
        var run = CliRun.Of("resolve", title, "--canon", TestCanons.SeveralFunctions);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("  " + code + "  ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Account Manager")]
    [InlineData("Senior Manager")]
    public void Resolve_SharedOrLevelNameTitle_AsksAndExitsThree(string title)
    {
        var run = CliRun.Of("resolve", title, "--canon", TestCanons.SeveralFunctions);

        Assert.Equal(ExitCodes.NotConfident, run.ExitCode);
        Assert.StartsWith("needs_review: " + title, run.Out, StringComparison.Ordinal);
    }
}
