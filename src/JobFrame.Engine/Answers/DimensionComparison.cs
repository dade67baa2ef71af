using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Answers;

/// <summary>One dimension both levels of a comparison have, with each side's canon text.</summary>
public sealed record DimensionComparison(LevelDimension Dimension, string Left, string Right)
{
    /// <summary>True when the two canon texts differ.</summary>
    public bool Changed => !string.Equals(Left, Right, StringComparison.Ordinal);
}
