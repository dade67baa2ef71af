using JobFrame.Engine.Canon;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>
/// A level's six bars, drawn across a track (P1 … P7). Profile is set when the question named a role
/// ("level Experienced AI/ML Engineer"), null for a bare level ("level P3").
/// </summary>
public sealed record LevelAnswer(
    Level Level,
    IReadOnlyList<string> Track,
    Profile? Profile,
    TitleResolution? Resolution,
    Level? PreviousLevel,
    Level? NextLevel) : Answer;
