using System.Globalization;
using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Frames;

/// <summary>The SMART goals frame: its fixed wording, and one row per JFM responsibility in canon order.</summary>
internal static class SmartFrame
{
    public const string Name = "SMART goals";
    public const string Intro = "One row per canon core output / responsibility this level owns.";

    private const string AchievableOpening =
        "Scoped to this level's jfm " + FamilyLevel.ComplexityRubric + " rubric: \"";

    private static readonly TextSegment[] Measurable =
    [
        TextSegment.Template("Move the metric this drives from "),
        TextSegment.Slot(Placeholders.Baseline),
        TextSegment.Template(" to "),
        TextSegment.Slot(Placeholders.Target),
        TextSegment.Template(" by "),
        TextSegment.Slot(Placeholders.Date),
        TextSegment.Template("."),
    ];

    private static readonly TextSegment[] TimeBound = [TextSegment.Slot(Placeholders.Date)];

    public static GoalFrame? Build(Profile profile)
    {
        var responsibilities = profile.FamilyLevel?.Responsibilities;
        if (responsibilities is null || responsibilities.Count == 0)
        {
            return null;
        }

        var source = SourceLabels.JfmResponsibility(profile.Level);
        var rubric = profile.FamilyLevel!.Rubric(FamilyLevel.ComplexityRubric);
        TextSegment[]? achievable = rubric is null
            ? null
            : [TextSegment.Template(AchievableOpening), TextSegment.Canon(rubric), TextSegment.Template("\"")];
        TextSegment[] relevant =
        [
            TextSegment.Template("Advances the "),
            TextSegment.Canon(profile.Function),
            TextSegment.Template(" · "),
            TextSegment.Canon(profile.Focus),
            TextSegment.Template(" mandate for a "),
            TextSegment.Canon(profile.Level.Code),
            TextSegment.Template(" — "),
            TextSegment.Canon(profile.Level.Name),
            TextSegment.Template("."),
        ];

        var rows = new FrameRow[responsibilities.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var text = responsibilities[i];
            var id = "smart." + (i + 1).ToString(CultureInfo.InvariantCulture);
            var lines = new List<FrameLine>(5)
            {
                new("Specific", id, [TextSegment.Template("Deliver: \""), TextSegment.Canon(text), TextSegment.Template("\"")]),
                new("Measurable", id, Measurable),
            };
            if (achievable is not null)
            {
                lines.Add(new FrameLine("Achievable", id, achievable));
            }

            lines.Add(new FrameLine("Relevant", id, relevant));
            lines.Add(new FrameLine("Time-bound", id, TimeBound));
            rows[i] = new FrameRow(id, i + 1, text, source, lines,
                [new FillUnit(id, text, source, Placeholders.Baseline | Placeholders.Target | Placeholders.Date)]);
        }

        return new GoalFrame(FrameKind.Smart, Name, Intro, [new FrameSection(null, rows)]);
    }
}
