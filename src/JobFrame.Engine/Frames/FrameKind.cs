namespace JobFrame.Engine.Frames;

/// <summary>The four goal frames, in the order the goal-templates page shows them.</summary>
public enum FrameKind
{
    Smart,
    Okr,
    Mbo,
    Scorecard,
}
