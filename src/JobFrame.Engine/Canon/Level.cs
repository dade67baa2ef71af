
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
    /// <summary>
    /// False for a level the canon names (code and name) but whose texts this bundle does not hold ("P7 — Staff /
    /// Distinguished Professional"): it is answered as itself, with no bars, never as another level.
    /// </summary>
    public bool HasData => Bars.Count > 0 || Summary is not null || TypicalExperience is not null;

    /// <summary>The track a level code belongs to: its leading letters ("P" for P3, "M" for M2).</summary>
    public string Series => SeriesOf(Code);

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

    /// <summary>The leading letters of a level code: "P" for "P3", "IC" for "IC3".</summary>
    public static string SeriesOf(string code)
    {
        var end = 0;
        while (end < code.Length && char.IsLetter(code[end]))
        {
            end++;
        }

        return code[..end].ToUpperInvariant();
    }
}
