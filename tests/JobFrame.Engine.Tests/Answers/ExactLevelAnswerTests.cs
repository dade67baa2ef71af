using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Rendering;
using JobFrame.Tests.Shared;

namespace JobFrame.Engine.Tests.Answers;

/// <summary>
/// No question answers a level or role the text did not name: exact level codes in every command, the level-only answer
/// when a title names a level but no covered role, rows only from data, and frames a profile cannot have said plainly.
/// </summary>
public sealed class ExactLevelAnswerTests
{
    private static readonly JobFrameEngine Bundled = new(new FixedCanonSource(CanonLoader.Load(CanonFolders.BundledCanon)));
    private static readonly JobFrameEngine SeveralFunctions = new(new FixedCanonSource(CanonLoader.Load(TestCanons.SeveralFunctions)));

    [Theory]
    [InlineData("level M2", "M2")]
    [InlineData("level M3", "M3")]
    [InlineData("level M4", "M4")]
    [InlineData("level E2", "E2")]
    [InlineData("level S2", "S2")]
    [InlineData("level P1", "P1")]
    [InlineData("level P5", "P5")]
    [InlineData("level P7", "P7")]
    [InlineData("level Manager II", "M2")]
    [InlineData("level Manager M2", "M2")]
    public void Ask_LevelCode_IsExactlyThatLevel(string message, string code) =>
        Assert.Equal(code, Assert.IsType<LevelAnswer>(Bundled.Ask(message)).Level.Code);

    [Theory]
    [InlineData("level L3")]
    [InlineData("level Q3")]
    [InlineData("level M9")]
    [InlineData("compare P4 and L3")]
    public void Ask_UnknownLevelCode_IsNoMatchNeverAnotherLevel(string message) =>
        Assert.IsType<NoMatchAnswer>(Bundled.Ask(message));

    [Theory]
    [InlineData("compare P4 and M3", "P4", "M3")]
    [InlineData("compare M2 and M4", "M2", "M4")]
    [InlineData("compare P4 and P5", "P4", "P5")]
    [InlineData("compare M1 and M2", "M1", "M2")]
    [InlineData("compare P1 vs P2", "P1", "P2")]
    public void Ask_Compare_IsExactlyTheLevelsNamed(string message, string left, string right)
    {
        var answer = Assert.IsType<CompareAnswer>(Bundled.Ask(message));

        Assert.Equal((left, right), (answer.Left.Code, answer.Right.Code));
    }

    [Fact]
    public void Ask_CompareWithALevelKnownByNameOnly_ShowsNoRowAndSaysWhy()
    {
        var answer = Assert.IsType<CompareAnswer>(Bundled.Ask("compare P4 and M3"));

        Assert.Empty(answer.Dimensions);
        Assert.Equal("M3 — Senior Manager: " + EngineNotices.LevelWithoutData, answer.NothingToCompare);
        var text = PlainTextRenderer.Render(answer);
        Assert.DoesNotContain("(changes)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("—\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CompareAcrossTracks_ComparesOnlyDimensionsBothLevelsHave()
    {
        var answer = Assert.IsType<CompareAnswer>(Bundled.Ask("compare P3 and M1"));

        Assert.Equal(6, answer.Dimensions.Count);
        Assert.All(answer.Dimensions, d => Assert.True(d.Changed));
        Assert.Equal("A single team", answer.Dimensions[0].Right);
    }

    [Theory]
    [InlineData("goals for Senior Product Manager", "P4")]
    [InlineData("Senior Software Engineer", "P4")]
    [InlineData("Staff Data Scientist", "P7")]
    [InlineData("Principal ML Engineer", "P6")]
    [InlineData("goals for Director of Engineering", "M4")]
    [InlineData("role Senior Product Manager", "P4")]
    [InlineData("level Senior Product Manager", "P4")]
    public void Ask_TitleNamingALevelButNoCoveredRole_IsTheLevelAloneNeverGoalFrames(string message, string code)
    {
        var answer = Assert.IsType<LevelAnswer>(Bundled.Ask(message));

        Assert.Equal(code, answer.Level.Code);
        Assert.Null(answer.Profile);
        Assert.True(answer.IsUniversal);
        Assert.True(answer.NoRoleMatched);
        var text = PlainTextRenderer.Render(answer);
        Assert.Contains(EngineNotices.UniversalLevel, text, StringComparison.Ordinal);
        Assert.Contains(EngineNotices.NoRoleMatched(answer.Resolution!.Query), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Goal templates", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LevelOnlyForALevelKnownByNameOnly_SaysTheBundleHasNoDataForIt()
    {
        var text = PlainTextRenderer.Render(Bundled.Ask("Staff Data Scientist"));

        Assert.StartsWith("P7 — Staff / Distinguished Professional\n", text, StringComparison.Ordinal);
        Assert.Contains(EngineNotices.LevelWithoutData, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scope:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LevelOfATaxonomyRole_DrawsNoTrackTheCanonNeverGave()
    {
        var answer = Assert.IsType<LevelAnswer>(Bundled.Ask("level Experienced AI/ML Engineer"));

        Assert.Empty(answer.Track);
        Assert.DoesNotContain("Track:", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smart goals for Experienced AI/ML Engineer", "SMART goals")]
    [InlineData("okrs for Experienced AI/ML Engineer", "OKRs")]
    public void Ask_FrameATaxonomyRoleCannotHave_SaysSoPlainly(string message, string frame)
    {
        var answer = Assert.IsType<GoalsAnswer>(Bundled.Ask(message));

        Assert.Equal(
            $"The canon does not back {frame} for Experienced AI/ML Engineer (AIMLAM.GEN.P3): a taxonomy role has no job family responsibilities to build them from.",
            answer.MissingFrameNotice);
        Assert.Equal(answer.MissingFrameNotice + "\n", PlainTextRenderer.Render(answer));
    }

    [Fact]
    public void Ask_FrameTheProfileHas_HasNoNotice() =>
        Assert.Null(Assert.IsType<GoalsAnswer>(Bundled.Ask("okrs for Senior ML Engineer")).MissingFrameNotice);

    [Theory]
    [InlineData("goals for Sales Manager", "SALESM.GEN.P4")]
    [InlineData("goals for Renewable Energy Commercial Manager", "RENEWE.COM.P4")]
    [InlineData("goals for Senior Project Manager", "PRJMGT.PRJ.P4")]
    [InlineData("goals for Program Manager II", "PRGMGT.GEN.P2")]
    [InlineData("goals for Operations Manager", "OPSMGT.GEN.M2")]
    [InlineData("goals for Engineering Manager M2", "ENGMGT.MANAGER0001.M2")]
    public void Ask_AForeignCanonWithTheShippedVocabulary_AnswersItsOwnRoles(string message, string code) =>
        Assert.Equal(code, Assert.IsType<GoalsAnswer>(SeveralFunctions.Ask(message)).Profile.Code);

    [Theory]
    [InlineData("goals for Manager")]
    [InlineData("goals for Account Manager")]
    [InlineData("goals for Store Manager")]
    [InlineData("goals for Lead Manager")]
    [InlineData("goals for Senior Manager")]
    [InlineData("level Senior Manager")]
    public void Ask_SharedOrLevelNameTitle_AsksWhichOne(string message) =>
        Assert.IsType<NeedsReviewAnswer>(SeveralFunctions.Ask(message));

    [Fact]
    public void Ask_LevelOfAManagerTrackRole_IsItsOwnLevelWithoutATrack()
    {
        var answer = Assert.IsType<LevelAnswer>(SeveralFunctions.Ask("level Operations Manager"));

        Assert.Equal(("M2", "OPSMGT.GEN.M2"), (answer.Level.Code, answer.Profile?.Code));
        Assert.Empty(answer.Track);
        Assert.Equal("M1", answer.PreviousLevel?.Code);
        Assert.Null(answer.NextLevel);
    }

    [Fact]
    public void Ask_LevelOfAManagerFamily_IsDrawnOnItsOwnTrack()
    {
        var answer = Assert.IsType<LevelAnswer>(SeveralFunctions.Ask("level Engineering Manager M1"));

        Assert.Equal(["M1", "M2", "M3", "M4", "M5", "M6"], answer.Track);
        Assert.Equal("M2", answer.NextLevel?.Code);
    }
}
