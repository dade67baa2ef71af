using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Answers;

/// <summary>One dimension of a comparison: each side's canon text, null where that level lacks the bar.</summary>
public sealed record DimensionComparison(LevelDimension Dimension, string? Left, string? Right)
{
    public bool Changed => !string.Equals(Left, Right, StringComparison.Ordinal);
}
