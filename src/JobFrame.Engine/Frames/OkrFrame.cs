using System.Globalization;
using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Frames;

/// <summary>
/// The OKRs frame: one objective per JFM responsibility in canon order. KR1 ties the objective to a metric; KR2 asks
/// for evidence at one level bar, assigned by position — Scope, Autonomy, Complexity, Impact, Decision rights to
/// objectives 1–5 (as the page shows), Leadership to objective 6 — so no bar is ever used twice. Objectives after
/// the sixth have KR1 only, and an objective whose bar the canon lacks has no KR2.
/// </summary>
internal static class OkrFrame
{
    public const string Name = "OKRs";
    public const string Intro =
        "Objectives from this level's core outputs; key results only where a real dimension or capability backs them.";

    public static GoalFrame? Build(Profile profile)
    {
        var responsibilities = profile.FamilyLevel?.Responsibilities;
        if (responsibilities is null || responsibilities.Count == 0)
        {
            return null;
        }

        var source = SourceLabels.JfmResponsibility(profile.Level);
        var bars = LevelDimensions.InCanonOrder;
        var rows = new FrameRow[responsibilities.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var text = responsibilities[i];
            var id = "okr." + (i + 1).ToString(CultureInfo.InvariantCulture);
            var keyResult1 = id + ".kr1";
            var lines = new List<FrameLine>(2)
            {
                new("KR1", keyResult1,
                [
                    TextSegment.Template("From "),
                    TextSegment.Slot(Placeholders.Baseline),
                    TextSegment.Template(" to "),
                    TextSegment.Slot(Placeholders.Target),
                    TextSegment.Template(" by "),
                    TextSegment.Slot(Placeholders.Date),
                    TextSegment.Template(" — tied to: \""),
                    TextSegment.Canon(text),
                    TextSegment.Template("\""),
                ]),
            };
            var units = new List<FillUnit>(2)
            {
                new(keyResult1, text, source, Placeholders.Baseline | Placeholders.Target | Placeholders.Date),
            };

            if (i < bars.Count && profile.Level.Bar(bars[i]) is { } bar)
            {
                var keyResult2 = id + ".kr2";
                lines.Add(new FrameLine("KR2", keyResult2,
                [
                    TextSegment.Template(DimensionWording.EvidenceOpening(bar.Dimension)),
                    TextSegment.Canon(bar.Text),
                    TextSegment.Template("\" — "),
                    TextSegment.Slot(Placeholders.Target),
                    TextSegment.Template(" by "),
                    TextSegment.Slot(Placeholders.Date),
                ]));
                units.Add(new FillUnit(keyResult2, bar.Text, DimensionWording.SourceLabel(bar.Dimension), Placeholders.Target | Placeholders.Date));
            }

            rows[i] = new FrameRow(id, i + 1, text, source, lines, units);
        }

        return new GoalFrame(FrameKind.Okr, Name, Intro, [new FrameSection(null, rows)]);
    }
}
