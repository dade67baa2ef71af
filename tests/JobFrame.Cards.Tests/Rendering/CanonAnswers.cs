using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>The bundled canon, its engine, and every answer the renderers must draw, for every profile the canon has.</summary>
internal static class CanonAnswers
{
    public const string LargestProfile = "DATASC.AIMACHIN97C0.P4";

    public static CanonSnapshot Canon { get; } = CanonLoader.Load(Path.Combine(RepositoryPaths.Root, "canon"));

    public static JobFrameEngine Engine { get; } = new(new FixedCanonSource(Canon));

    /// <summary>One representative answer per card kind: the names of the golden files and the PNGs.</summary>
    public static IReadOnlyList<(string Kind, Answer Answer)> OnePerKind() =>
    [
        ("goals", Engine.Ask("goals for Senior ML Engineer")),
        ("level", Engine.Ask("level Senior ML Engineer")),
        ("compare", Engine.Ask("compare P3 and P4")),
        ("role", Engine.Ask("role Experienced AI/ML Engineer")),
        ("needs-review", Engine.Ask("goals for ML Engineer")),
        ("no-match", Engine.Ask("goals for Plumber")),
        ("help", Engine.Ask("help")),
        ("export", Engine.Act(new ActionRequest(ActionVerb.Export, LargestProfile, Format: ExportFormat.Text, Frame: FrameKind.Smart))),
        ("level-only", Engine.Ask("goals for Senior Product Manager")),
        ("level-without-data", Engine.Ask("Staff Data Scientist")),
        ("compare-without-data", Engine.Ask("compare P4 and M3")),
        ("goals-frame-not-backed", Engine.Ask("okrs for Experienced AI/ML Engineer")),
    ];

    /// <summary>Every card kind for every profile: each frame in view, level, compare both ways, role, every export.</summary>
    public static IEnumerable<(string Name, Answer Answer)> All()
    {
        foreach (var (kind, answer) in OnePerKind())
        {
            yield return (kind, answer);
        }

        foreach (var profile in Canon.Profiles)
        {
            var code = profile.Code;
            yield return ($"{code}/goals", Engine.Act(new ActionRequest(ActionVerb.Goals, code)));
            foreach (var frame in FrameKinds.InPageOrder)
            {
                yield return ($"{code}/goals-{frame.Key()}", Engine.Act(new ActionRequest(ActionVerb.Goals, code, Frame: frame)));
            }

            yield return ($"{code}/level", Engine.Act(new ActionRequest(ActionVerb.Level, code)));
            yield return ($"{code}/role", Engine.Act(new ActionRequest(ActionVerb.Role, code)));
            foreach (var neighbour in new[] { Canon.NeighbourLevel(profile, 1), Canon.NeighbourLevel(profile, -1) })
            {
                if (neighbour is not null)
                {
                    yield return ($"{code}/compare-{neighbour.Code}", Engine.Act(new ActionRequest(ActionVerb.Compare, LevelCode: profile.Level.Code, OtherLevelCode: neighbour.Code)));
                }
            }

            foreach (var format in new[] { ExportFormat.Text, ExportFormat.Markdown, ExportFormat.Csv })
            {
                yield return ($"{code}/export-{format.Key()}", Engine.Act(new ActionRequest(ActionVerb.Export, code, Format: format)));
            }
        }
    }
}
