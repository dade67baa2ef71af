using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Tests.Frames;

/// <summary>In-memory profiles for rules the bundled canon is too small to show.</summary>
internal static class TestProfiles
{
    private static readonly SourceLocation Nowhere = new("test", 1);

    /// <summary>A job family level with <paramref name="responsibilities"/> numbered "Responsibility 1" ... and the given bars.</summary>
    public static Profile FamilyLevel(int responsibilities, params LevelDimension[] bars)
    {
        var level = new Level("P4", "Senior Professional", null, null,
            bars.Select(d => new LevelBar(d, $"{d} bar text")).ToList(), Nowhere);
        var familyLevel = new FamilyLevel("P4",
            Enumerable.Range(1, responsibilities).Select(n => $"Responsibility {n}").ToList(),
            new Dictionary<string, string>(), Nowhere);
        var family = new JobFamily("TEST.FAMILY", "Test Superfunction", "Test Focus", ["P4"], [familyLevel], Nowhere);
        return new Profile("TEST.FAMILY.P4", ProfileKind.JobFamilyLevel, "Test Focus — P4", family.Superfunction, family.Focus,
            level, family.Track, family, familyLevel, null);
    }

    public static LevelDimension[] AllBars => [.. LevelDimensions.InCanonOrder];
}
