using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// The answer to "which canon profile is this title?".
/// <see cref="Match"/> is set only when <see cref="State"/> is <see cref="ResolutionState.Confident"/>;
/// <see cref="Candidates"/> are ranked, best first; <see cref="NamedLevel"/> is the canon level the title names,
/// when it names exactly one the canon has data for, even without a family ("P3", "Senior", "level 3").
/// </summary>
public sealed record TitleResolution(
    string Query,
    ResolutionState State,
    Profile? Match,
    decimal Confidence,
    string Evidence,
    IReadOnlyList<Candidate> Candidates,
    Level? NamedLevel);
