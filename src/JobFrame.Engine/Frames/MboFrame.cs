using System.Globalization;
using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Frames;

/// <summary>
/// The MBO areas frame: one key result area per responsibility. A job family level's standard is its
/// knowledge-application rubric; a taxonomy role has no rubric, so its standard is the level's decision rights bar.
/// A missing rubric or bar leaves the standard line out.
/// </summary>
internal static class MboFrame
{
    public const string Name = "MBO areas";
    public const string Intro =
        "Key result areas from this level's responsibilities, each with a standard grounded in the canon leveling rubric where one exists.";

    private const string RubricStandardOpening =
        "Consistent with this level's jfm " + FamilyLevel.KnowledgeRubric + " rubric: \"";

    private const string DecisionRightsStandardOpening = "Consistent with this level's decision rights: \"";

    private static readonly TextSegment[] TargetAndDue =
    [
        TextSegment.Slot(Placeholders.Target),
        TextSegment.Template("   Due: "),
        TextSegment.Slot(Placeholders.Date),
    ];

    public static GoalFrame? Build(Profile profile)
    {
        IReadOnlyList<string> areas;
        string source;
        TextSegment[]? standard;
        if (profile.FamilyLevel is { } familyLevel)
        {
            areas = familyLevel.Responsibilities;
            source = SourceLabels.JfmResponsibilityReused(profile.Level);
            standard = Standard(RubricStandardOpening, familyLevel.Rubric(FamilyLevel.KnowledgeRubric));
        }
        else
        {
            areas = profile.Role?.ComponentItems(RoleComponent.ResponsibilitiesKind) ?? [];
            source = SourceLabels.ComponentResponsibility;
            standard = Standard(DecisionRightsStandardOpening, profile.Level.Bar(LevelDimension.DecisionRights)?.Text);
        }

        if (areas.Count == 0)
        {
            return null;
        }

        var rows = new FrameRow[areas.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var id = "mbo." + (i + 1).ToString(CultureInfo.InvariantCulture);
            var lines = new List<FrameLine>(2);
            if (standard is not null)
            {
                lines.Add(new FrameLine("Standard", id, standard));
            }

            lines.Add(new FrameLine("Target", id, TargetAndDue));
            rows[i] = new FrameRow(id, i + 1, areas[i], source, lines,
                [new FillUnit(id, areas[i], source, Placeholders.Target | Placeholders.Date)]);
        }

        return new GoalFrame(FrameKind.Mbo, Name, Intro, [new FrameSection(null, rows)]);
    }

    private static TextSegment[]? Standard(string opening, string? canonText) =>
        canonText is null ? null : [TextSegment.Template(opening), TextSegment.Canon(canonText), TextSegment.Template("\"")];
}
