using JobFrame.Engine.Canon;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Frames;

public sealed class OkrKeyResultTests
{
    [Fact]
    public void Okr_SevenObjectives_Kr2UsesScopeToDecisionRightsThenLeadershipThenNone()
    {
        var okr = GoalFrameBuilder.Build(TestProfiles.FamilyLevel(7, TestProfiles.AllBars)).Find(FrameKind.Okr)!;

        Assert.Equal(
            ["Scope", "Autonomy", "Complexity", "Impact", "Decision rights", "Leadership", null],
            okr.Rows.Select(KeyResult2Bar));
        Assert.Equal(["KR1"], okr.Sections[0].Rows[6].Lines.Select(l => l.Label));
        Assert.Equal(["okr.7.kr1"], okr.Sections[0].Rows[6].Units.Select(u => u.Id));
    }

    [Fact]
    public void Okr_SevenObjectives_NoBarIsUsedTwice()
    {
        var okr = GoalFrameBuilder.Build(TestProfiles.FamilyLevel(7, TestProfiles.AllBars)).Find(FrameKind.Okr)!;

        var used = okr.Rows.Select(KeyResult2Bar).OfType<string>().ToList();

        Assert.Equal(used.Count, used.Distinct().Count());
    }

    [Fact]
    public void Okr_Kr2Line_QuotesTheBarVerbatim()
    {
        var okr = GoalFrameBuilder.Build(TestProfiles.FamilyLevel(6, TestProfiles.AllBars)).Find(FrameKind.Okr)!;

        var line = okr.Sections[0].Rows[5].Lines[1];

        Assert.Equal("okr.6.kr2", line.FillId);
        Assert.Equal("Evidence at this level's leadership bar: \"Leadership bar text\" — ⟨target⟩ by ⟨date⟩",
            string.Concat(line.Segments.Select(s => s.Text)));
    }

    [Fact]
    public void Okr_MissingAutonomyBar_Objective2HasNoKr2AndTheOthersKeepTheirBars()
    {
        var bars = TestProfiles.AllBars.Where(d => d != LevelDimension.Autonomy).ToArray();

        var okr = GoalFrameBuilder.Build(TestProfiles.FamilyLevel(7, bars)).Find(FrameKind.Okr)!;

        Assert.Equal(
            ["Scope", null, "Complexity", "Impact", "Decision rights", "Leadership", null],
            okr.Rows.Select(KeyResult2Bar));
    }

    [Fact]
    public void Okr_FewerObjectivesThanBars_LaterBarsAreNotUsed()
    {
        var okr = GoalFrameBuilder.Build(TestProfiles.FamilyLevel(2, TestProfiles.AllBars)).Find(FrameKind.Okr)!;

        Assert.Equal(["Scope", "Autonomy"], okr.Rows.Select(KeyResult2Bar));
    }

    private static string? KeyResult2Bar(FrameRow row) =>
        row.Units.Count < 2 ? null : row.Units[1].Source.Replace("level dimension (", string.Empty, StringComparison.Ordinal).TrimEnd(')');
}
