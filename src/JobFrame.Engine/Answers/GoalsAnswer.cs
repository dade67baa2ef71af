using JobFrame.Engine.Canon;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>Goal frames for one profile, with how the title was matched and the level to compare with next.</summary>
public sealed record GoalsAnswer(
    Profile Profile,
    GoalFrames Frames,
    TitleResolution? Resolution,
    FrameKind? RequestedFrame,
    Level? NextLevel) : Answer
{
    /// <summary>
    /// Set when the manager asked for a frame this profile cannot have (SMART goals or OKRs of a taxonomy role): every
    /// face shows this sentence instead of an empty frame, and the CLI exits non-zero.
    /// </summary>
    public string? MissingFrameNotice =>
        RequestedFrame is { } kind && Frames.Find(kind) is null ? EngineNotices.FrameNotBacked(kind, Profile) : null;
}
