namespace JobFrame.Engine.Canon;

/// <summary>The canon's names for the level dimensions, as the seeds print them.</summary>
public static class LevelDimensions
{
    /// <summary>Every dimension in canon order: Scope, Autonomy, Complexity, Impact, Decision rights, Leadership.</summary>
    public static IReadOnlyList<LevelDimension> InCanonOrder { get; } =
    [
        LevelDimension.Scope,
        LevelDimension.Autonomy,
        LevelDimension.Complexity,
        LevelDimension.Impact,
        LevelDimension.DecisionRights,
        LevelDimension.Leadership,
    ];

    /// <summary>The dimension's display name: "Scope" ... "Decision rights" ... "Leadership".</summary>
    public static string DisplayName(this LevelDimension dimension) => dimension switch
    {
        LevelDimension.Scope => "Scope",
        LevelDimension.Autonomy => "Autonomy",
        LevelDimension.Complexity => "Complexity",
        LevelDimension.Impact => "Impact",
        LevelDimension.DecisionRights => "Decision rights",
        LevelDimension.Leadership => "Leadership",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    /// <summary>The name inside running text, as in "this level's decision rights bar".</summary>
    public static string LowerName(this LevelDimension dimension) => dimension.DisplayName().ToLowerInvariant();
}
