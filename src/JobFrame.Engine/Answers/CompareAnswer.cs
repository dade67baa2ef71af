using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Answers;

/// <summary>
/// Two levels side by side, dimension by dimension, only where both levels have the dimension;
/// <see cref="DimensionComparison.Changed"/> marks what differs. <see cref="WithoutData"/> names a side the canon holds
/// only by code and name, so faces say so instead of drawing empty rows.
/// </summary>
public sealed record CompareAnswer(Level Left, Level Right, IReadOnlyList<DimensionComparison> Dimensions) : Answer
{
    /// <summary>The compared levels this bundle has no bars for, left first.</summary>
    public IReadOnlyList<Level> WithoutData => new[] { Left, Right }.Where(l => l.Bars.Count == 0).Distinct().ToList();

    /// <summary>A fixed sentence when no dimension is in the canon for both levels; null when rows are shown.</summary>
    public string? NothingToCompare =>
        Dimensions.Count > 0 ? null
        : WithoutData.Count > 0 ? string.Join(" ", WithoutData.Select(l => $"{l.DisplayName}: {EngineNotices.LevelWithoutData}"))
        : "No level dimension is in the canon for both levels.";
}
