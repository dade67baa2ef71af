using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Answers;

/// <summary>
/// What the canon can answer: each family or taxonomy role with the levels it has data for, the first
/// <see cref="ShownEntries"/> of them (a large canon's list would not fit a card), and how many there are in all.
/// </summary>
public sealed record CanonCoverage(IReadOnlyList<CoverageEntry> Entries, int Total)
{
    /// <summary>At most this many entries are listed; the rest are counted.</summary>
    public const int ShownEntries = 20;

    /// <summary>How many families and roles are covered but not listed.</summary>
    public int More => Total - Entries.Count;

    /// <summary>Built once per snapshot: families first (focus and their levels), then taxonomy roles.</summary>
    public static CanonCoverage Of(CanonSnapshot canon)
    {
        var entries = new List<CoverageEntry>();
        var profilesByFamily = canon.Profiles.Where(p => p.Family is not null).ToLookup(p => p.Family!);
        foreach (var family in canon.Families)
        {
            var profiles = profilesByFamily[family].ToList();
            entries.Add(new CoverageEntry(family.Focus, family.Superfunction, [.. profiles.Select(p => p.Level.Code)], [.. profiles.Select(p => p.Code)]));
        }

        foreach (var role in canon.Roles)
        {
            entries.Add(new CoverageEntry(role.Title, role.Function, [role.LevelCode], [role.Code]));
        }

        return new CanonCoverage(entries.Take(ShownEntries).ToList(), entries.Count);
    }
}
