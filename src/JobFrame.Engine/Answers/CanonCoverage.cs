using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Answers;

/// <summary>What the canon can answer: each family or taxonomy role with the levels it has data for.</summary>
public sealed record CanonCoverage(IReadOnlyList<CoverageEntry> Entries)
{
    /// <summary>Built once per snapshot: families first (focus and their levels), then taxonomy roles.</summary>
    public static CanonCoverage Of(CanonSnapshot canon)
    {
        var entries = new List<CoverageEntry>();
        foreach (var family in canon.Families)
        {
            entries.Add(new CoverageEntry(
                family.Focus,
                family.Superfunction,
                canon.Profiles.Where(p => p.Family == family).Select(p => p.Level.Code).ToList(),
                canon.Profiles.Where(p => p.Family == family).Select(p => p.Code).ToList()));
        }

        foreach (var role in canon.Roles)
        {
            entries.Add(new CoverageEntry(role.Title, role.Function, [role.LevelCode], [role.Code]));
        }

        return new CanonCoverage(entries);
    }
}
