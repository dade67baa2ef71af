using System.Globalization;
using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Frames;

/// <summary>
/// The scorecard: an "Internal process" section (one row per responsibility) and a "Role calibration" section (one
/// row per level bar the canon has). Each row has two lines: the statement, then its target and date.
/// A section with no rows is left out.
/// </summary>
internal static class ScorecardFrame
{
    public const string Name = "Scorecard";
    public const string Intro =
        "Only perspectives with real canon backing are shown — no Financial or Customer perspective, since nothing in the canon grounds business-financial or customer measures for a role alone.";

    public const string InternalProcess = "Internal process";
    public const string RoleCalibration = "Role calibration";

    private static readonly TextSegment[] TargetByDate =
    [
        TextSegment.Slot(Placeholders.Target),
        TextSegment.Template(" by "),
        TextSegment.Slot(Placeholders.Date),
    ];

    public static GoalFrame? Build(Profile profile)
    {
        IReadOnlyList<string> responsibilities;
        string source;
        if (profile.FamilyLevel is { } familyLevel)
        {
            responsibilities = familyLevel.Responsibilities;
            source = SourceLabels.JfmResponsibility(profile.Level);
        }
        else
        {
            responsibilities = profile.Role?.ComponentItems(RoleComponent.ResponsibilitiesKind) ?? [];
            source = SourceLabels.ComponentResponsibility;
        }

        var number = 0;
        var process = new List<FrameRow>(responsibilities.Count);
        foreach (var text in responsibilities)
        {
            process.Add(Row(++number, text, source, [TextSegment.Template("\""), TextSegment.Canon(text), TextSegment.Template("\"")]));
        }

        var calibration = new List<FrameRow>(LevelDimensions.InCanonOrder.Count);
        foreach (var dimension in LevelDimensions.InCanonOrder)
        {
            if (profile.Level.Bar(dimension) is { } bar)
            {
                calibration.Add(Row(++number, bar.Text, DimensionWording.SourceLabel(dimension),
                [
                    TextSegment.Template(DimensionWording.MeetsOpening(dimension)),
                    TextSegment.Canon(bar.Text),
                    TextSegment.Template("\""),
                ]));
            }
        }

        var sections = new List<FrameSection>(2);
        if (process.Count > 0)
        {
            sections.Add(new FrameSection(InternalProcess, process));
        }

        if (calibration.Count > 0)
        {
            sections.Add(new FrameSection(RoleCalibration, calibration));
        }

        return sections.Count == 0 ? null : new GoalFrame(FrameKind.Scorecard, Name, Intro, sections);
    }

    private static FrameRow Row(int number, string canonText, string source, TextSegment[] statement)
    {
        var id = "scorecard." + number.ToString(CultureInfo.InvariantCulture);
        return new FrameRow(id, number, canonText, source,
            [new FrameLine(null, id, statement), new FrameLine("Target", id, TargetByDate)],
            [new FillUnit(id, canonText, source, Placeholders.Target | Placeholders.Date)]);
    }
}
