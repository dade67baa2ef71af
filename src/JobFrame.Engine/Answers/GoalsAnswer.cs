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
    Level? NextLevel) : Answer;
