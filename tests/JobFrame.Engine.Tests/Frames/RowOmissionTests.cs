using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Frames;

/// <summary>A canon field that is missing takes its row or line with it; nothing stands in for it.</summary>
public sealed class RowOmissionTests
{
    private const string Family = "families/DATASC.AIMACHIN97C0.yaml";
    private const string P4 = "DATASC.AIMACHIN97C0.P4";

    [Fact]
    public void MissingComplexityRubric_SmartRowsLoseTheirAchievableLineOnly()
    {
        var canon = TempCanon.LoadWithoutLine(Family, "complexity/problem-solving: Performs in-depth");

        var frames = GoalFrameBuilder.Build(canon.FindProfile(P4)!);

        var smart = TextExport.Render(frames, FrameKind.Smart);
        Assert.DoesNotContain("Achievable", smart, StringComparison.Ordinal);
        Assert.All(frames.Find(FrameKind.Smart)!.Rows,
            r => Assert.Equal(["Specific", "Measurable", "Relevant", "Time-bound"], r.Lines.Select(l => l.Label)));
        Assert.Contains("   Standard: Consistent with this level's jfm knowledge-application rubric", TextExport.Render(frames, FrameKind.Mbo), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKnowledgeRubric_MboAreasLoseTheirStandardLineOnly()
    {
        var canon = TempCanon.LoadWithoutLine(Family, "knowledge-application: Applies in-depth");

        var frames = GoalFrameBuilder.Build(canon.FindProfile(P4)!);

        var mbo = TextExport.Render(frames, FrameKind.Mbo);
        Assert.DoesNotContain("Standard", mbo, StringComparison.Ordinal);
        Assert.StartsWith(
            "1. Area: Architects scalable ML systems and optimizes algorithms for scalability and speed across complex, functionally impactful projects.  [source: JFM responsibility (P4) — reused, no distinct responsibility content]\n   Target:   ⟨target⟩   Due: ⟨date⟩\n\n2. Area:",
            mbo, StringComparison.Ordinal);
        Assert.Contains("Achievable:", TextExport.Render(frames, FrameKind.Smart), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAutonomyBar_Objective2LosesKr2AndTheScorecardLosesThatCalibrationRow()
    {
        var canon = TempCanon.LoadWithoutLine("levels.yaml", "autonomy: Self-directed; reviewed at critical decision points");

        var frames = GoalFrameBuilder.Build(canon.FindProfile(P4)!);

        var okr = TextExport.Render(frames, FrameKind.Okr);
        Assert.DoesNotContain("autonomy bar", okr, StringComparison.Ordinal);
        Assert.Contains("independently.\"\n\nObjective 3:", okr, StringComparison.Ordinal);
        Assert.Contains("Evidence at this level's complexity bar", okr, StringComparison.Ordinal);
        var scorecard = frames.Find(FrameKind.Scorecard)!;
        Assert.Equal(5, scorecard.Sections[1].Rows.Count);
        Assert.DoesNotContain("autonomy", TextExport.Render(frames, FrameKind.Scorecard), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDecisionRightsBar_TaxonomyMboAreasLoseTheirStandardLine()
    {
        var canon = TempCanon.LoadWithoutLine("levels.yaml", "decision_rights: Owns implementation decisions for own scope");

        var frames = GoalFrameBuilder.Build(canon.FindProfile("AIMLAM.GEN.P3")!);

        Assert.All(frames.Find(FrameKind.Mbo)!.Rows, r => Assert.Equal(["Target"], r.Lines.Select(l => l.Label)));
        Assert.DoesNotContain("Standard", TextExport.Render(frames, FrameKind.Mbo), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingResponsibilities_OnlyTheScorecardsRoleCalibrationRemains()
    {
        var canon = TempCanon.LoadWithout(Family, (lines, i) =>
        {
            var p4 = Array.FindIndex(lines.ToArray(), l => l.Contains("- level: P4", StringComparison.Ordinal));
            return i > p4 && (lines[i].Trim() == "responsibilities:" || lines[i].StartsWith("        - ", StringComparison.Ordinal));
        });

        var frames = GoalFrameBuilder.Build(canon.FindProfile(P4)!);

        Assert.Equal([FrameKind.Scorecard], frames.Frames.Select(f => f.Kind));
        Assert.Equal(["Role calibration"], frames.Find(FrameKind.Scorecard)!.Sections.Select(s => s.Heading));
        Assert.StartsWith("Role calibration\n  - Meets the scope bar:", TextExport.Render(frames, FrameKind.Scorecard), StringComparison.Ordinal);
        Assert.Equal(string.Empty, TextExport.Render(frames, FrameKind.Smart));
    }
}
