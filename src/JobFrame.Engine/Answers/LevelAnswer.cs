using JobFrame.Engine.Canon;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>
/// A level's six bars. <see cref="Profile"/> is set when the question resolved to a role ("level Experienced AI/ML
/// Engineer"), with <see cref="Track"/> the family's track (empty for a taxonomy role: the canon gives it none).
/// Without a profile the answer is the universal level (<see cref="IsUniversal"/>), drawn on the canon's ladder for its
/// series: a bare level ("level P3", "level M2"), or the level-only answer (<see cref="NoRoleMatched"/>) when a title
/// named a level but no covered role ("goals for Senior Product Manager").
/// </summary>
public sealed record LevelAnswer(
    Level Level,
    IReadOnlyList<string> Track,
    Profile? Profile,
    TitleResolution? Resolution,
    Level? PreviousLevel,
    Level? NextLevel) : Answer
{
    /// <summary>True when the answer is not about one role: the level's bars are the same in every family.</summary>
    public bool IsUniversal => Profile is null;

    /// <summary>True when a title was asked and no role resolved: the answer is the level it names, alone.</summary>
    public bool NoRoleMatched => Profile is null && Resolution is { OnlyLevelNamed: false, State: not ResolutionState.Confident };
}
