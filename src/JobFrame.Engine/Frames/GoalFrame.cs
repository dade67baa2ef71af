namespace JobFrame.Engine.Frames;

/// <summary>One goal frame: its name and fixed intro sentence as the page words them, and its sections of rows.</summary>
public sealed record GoalFrame(FrameKind Kind, string Name, string Intro, IReadOnlyList<FrameSection> Sections)
{
    /// <summary>Every row of every section, in page order.</summary>
    public IEnumerable<FrameRow> Rows => Sections.SelectMany(s => s.Rows);
}
