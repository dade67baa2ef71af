namespace JobFrame.Engine.Canon;

/// <summary>
/// A level of the canon (P2, P3, P4 ...). Levels are universal: a level code has the same text in every family.
/// Optional fields are null when the canon does not give them.
/// </summary>
public sealed record Level(
    string Code,
    string Name,
    string? Summary,
    string? TypicalExperience,
    IReadOnlyList<LevelBar> Bars,
    SourceLocation Location)
{
    /// <summary>"P4 — Senior Professional".</summary>
    public string DisplayName => $"{Code} — {Name}";

    /// <summary>The bar of one dimension, or null when the canon lacks it.</summary>
    public LevelBar? Bar(LevelDimension dimension)
    {
        foreach (var bar in Bars)
        {
            if (bar.Dimension == dimension)
            {
                return bar;
            }
        }

        return null;
    }
}
