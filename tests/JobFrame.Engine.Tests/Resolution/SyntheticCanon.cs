using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Tests.Resolution;

/// <summary>
/// A generated canon held only in memory: <c>families</c> job families over seven levels, a family term each, and
/// organisation title spellings as extra aliases ("Field3 Variant10 Specialist" is family 3 at level 10 mod 7, P4). It shows the resolver needs no files, and how it scales.
/// </summary>
internal static class SyntheticCanon
{
    private static readonly SourceLocation Memory = new("memory", 1);

    public static CanonSnapshot Create(int families, int aliases)
    {
        var levels = Enumerable.Range(1, 7)
            .Select(i => new Level($"P{i}", $"Grade {i} Professional", null, null, [new LevelBar(LevelDimension.Scope, $"Scope {i}")], Memory))
            .ToList();
        var track = levels.Select(l => l.Code).ToList();
        var jobFamilies = new List<JobFamily>();
        var profiles = new List<Profile>();
        var familyTerms = new List<FamilyTerm>();
        for (var f = 0; f < families; f++)
        {
            var familyLevels = levels.Select(l => new FamilyLevel(l.Code, [$"Responsibility of family {f} at {l.Code}"], new Dictionary<string, string>(), Memory)).ToList();
            var family = new JobFamily($"FAM.F{f:D4}", "Synthetic Superfunction", $"Field{f} Engineering", track, familyLevels, Memory);
            jobFamilies.Add(family);
            familyTerms.Add(new FamilyTerm($"Field{f}", [family.Code], 1m, "family term", Memory));
            foreach (var familyLevel in familyLevels)
            {
                var level = levels.First(l => l.Code == familyLevel.LevelCode);
                profiles.Add(new Profile(
                    $"{family.Code}.{level.Code}", ProfileKind.JobFamilyLevel, $"{family.Focus} — {level.Code}", family.Superfunction, family.Focus,
                    level, track, family, familyLevel, null));
            }
        }

        var titles = Enumerable.Range(0, aliases)
            .Select(a => new OrganisationTitle($"Field{a % families} Variant{a / families} Specialist", profiles[((a % families) * levels.Count) + (a / families % levels.Count)].Code, Memory))
            .ToList();
        var vocabulary = ResolutionVocabulary.Empty with
        {
            LevelTerms = [new LevelTerm("Senior", "P4", 1m, "level name", Memory)],
            FamilyTerms = familyTerms,
            RoleNouns = [new VocabularyWord("Engineer", "role noun", Memory)],
            Organisations = [new OrganisationTables("Synthetic", [], titles, Memory)],
        };

        return new CanonSnapshot("synthetic", "1", "none", DateTimeOffset.UnixEpoch, levels, jobFamilies, [], profiles, vocabulary);
    }
}
