using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Answers;

/// <summary>Two levels side by side, dimension by dimension; <see cref="DimensionComparison.Changed"/> marks what differs.</summary>
public sealed record CompareAnswer(Level Left, Level Right, IReadOnlyList<DimensionComparison> Dimensions) : Answer;
