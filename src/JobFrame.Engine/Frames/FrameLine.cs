namespace JobFrame.Engine.Frames;

/// <summary>
/// One template line of a row ("Specific", "KR2", "Standard" ...; no label for a scorecard line). Its placeholders
/// are filled from the fill unit named by <see cref="FillId"/>.
/// </summary>
public sealed record FrameLine(string? Label, string FillId, IReadOnlyList<TextSegment> Segments);
