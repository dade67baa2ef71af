using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// The answer to "which canon profile is this title?" (docs/RESOLUTION.md).
/// <see cref="Match"/> is set only when <see cref="State"/> is <see cref="ResolutionState.Confident"/>;
/// <see cref="Candidates"/> are ranked, best first, at most <see cref="TitleResolver.MaxCandidates"/>;
/// <see cref="NamedLevel"/> is the canon level the title names, when it names exactly one surely ("P3", "Senior",
/// "level 3", "M2"), even without a role, and even when the canon holds only its code and name.
/// </summary>
public sealed record TitleResolution(
    string Query,
    ResolutionState State,
    Profile? Match,
    decimal Confidence,
    string Evidence,
    IReadOnlyList<Candidate> Candidates,
    Level? NamedLevel)
{
    /// <summary>True when the title is nothing but a level ("P3", "level Senior", "Manager II"): no role was asked for.</summary>
    public bool OnlyLevelNamed { get; init; }
}
