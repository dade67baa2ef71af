namespace JobFrame.Engine.Frames;

/// <summary>A group of rows. Only the scorecard names its sections ("Internal process", "Role calibration").</summary>
public sealed record FrameSection(string? Heading, IReadOnlyList<FrameRow> Rows);
