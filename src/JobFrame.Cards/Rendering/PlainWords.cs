using JobFrame.Engine.Canon;
using JobFrame.Engine.Rendering;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// What an answer is about, in the words a manager uses: the role, the level and what the level means, where the
/// level sits on its track; then, one click away, why the bot matched it (the question, the profile code, the
/// confidence, the resolver's evidence and a taxonomy role's own status). Canon text is inserted verbatim; only the
/// labels around it are the bot's.
/// </summary>
internal static class PlainWords
{
    /// <summary>The role's name: a taxonomy role's title, else the family's focus ("AI / Machine Learning Engineering").</summary>
    public static string RoleName(Profile profile) => profile.Role?.Title ?? profile.Focus;

    /// <summary>"P4 — Senior Professional · Data Science &amp; Analytics": the level, then where in the canon the role lives.</summary>
    public static string LevelLine(Profile profile) => profile.Level.DisplayName + " · " + profile.Function;

    /// <summary>"What P4 means: " before the level's canon summary; null when the canon has none.</summary>
    public static string? MeaningLabel(Level level) => level.Summary is null ? null : "What " + level.Code + " means:";

    /// <summary>
    /// The level strip as words, for whoever cannot see its colours: "Level 4 of 7 on this track (P1 to P7)".
    /// Null when the level is not on the track.
    /// </summary>
    public static string? TrackPosition(IReadOnlyList<string> track, string code) =>
        LevelTrack.IndexOf(track, code) is var i and >= 0
            ? "Level " + (i + 1) + " of " + track.Count + " on this track (" + track[0] + " to " + track[^1] + ")"
            : null;

    /// <summary>
    /// Why this answer: what was asked and how it matched, the profile's code and canon path, and a taxonomy role's
    /// status, confidence and version, as label and value pairs.
    /// </summary>
    public static IReadOnlyList<(string Label, string Value)> Evidence(Profile profile, TitleResolution? resolution)
    {
        var facts = new List<(string, string)>();
        if (resolution is { Match: not null })
        {
            facts.Add((CardWords.YouAskedLabel, "'" + resolution.Query + "'"));
            facts.Add((CardWords.MatchConfidence, PlainTextRenderer.Score(resolution.Confidence)));
            facts.Add((CardWords.Because, resolution.Evidence));
        }

        facts.Add((CardWords.Code, profile.Code));
        facts.Add((CardWords.CanonPath, profile.HeaderLine));
        if (profile.Role is { } role)
        {
            if (role.Status is not null)
            {
                facts.Add((CardWords.RoleStatus, role.Status));
            }

            if (role.Confidence is not null)
            {
                facts.Add((CardWords.RoleConfidence, role.Confidence.ToString()!));
            }

            if (role.Version is not null)
            {
                facts.Add((CardWords.Version, role.Version));
            }
        }

        return facts;
    }
}
