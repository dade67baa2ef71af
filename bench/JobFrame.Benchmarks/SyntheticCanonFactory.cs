using JobFrame.Engine.Canon;

namespace JobFrame.Benchmarks;

/// <summary>
/// A large canon generated in memory for the benchmarks (never written into canon/): <c>families</c> job families ×
/// seven levels, each level with six bars, five responsibilities and both rubrics, one family term per family, and
/// <c>aliases</c> organisation title spellings spread over the profiles. Text here is filler, not canon.
/// </summary>
public static class SyntheticCanonFactory
{
    private static readonly SourceLocation Memory = new("memory", 1);

    public static CanonSnapshot Create(int families = 1000, int aliases = 100_000)
    {
        var levels = Enumerable.Range(1, 7)
            .Select(i => new Level(
                $"P{i}", $"Grade {i} Professional", null, null,
                LevelDimensions.InCanonOrder.Select(d => new LevelBar(d, $"{d.DisplayName()} bar text of grade {i}, long enough to be realistic")).ToList(),
                Memory))
            .ToList();
        var track = levels.Select(l => l.Code).ToList();
        var rubrics = new Dictionary<string, string>
        {
            [FamilyLevel.ComplexityRubric] = "Synthetic complexity rubric sentence of realistic length for a level of a job family.",
            [FamilyLevel.KnowledgeRubric] = "Synthetic knowledge rubric sentence of realistic length for a level of a job family.",
        };
        var jobFamilies = new List<JobFamily>(families);
        var profiles = new List<Profile>(families * levels.Count);
        var familyTerms = new List<FamilyTerm>(families);
        for (var f = 0; f < families; f++)
        {
            var familyLevels = levels
                .Select(l => new FamilyLevel(
                    l.Code,
                    Enumerable.Range(1, 5).Select(r => $"Synthetic responsibility {r} of family {f} at {l.Code}, written at the length canon responsibilities have.").ToList(),
                    rubrics,
                    Memory))
                .ToList();
            var family = new JobFamily($"FAM.F{f:D4}", "Synthetic Superfunction", $"Field{f} Engineering", track, familyLevels, Memory);
            jobFamilies.Add(family);
            familyTerms.Add(new FamilyTerm($"Field{f}", [family.Code], 1m, "family term", Memory));
            foreach (var familyLevel in familyLevels)
            {
                var level = levels.First(l => l.Code == familyLevel.LevelCode);
                profiles.Add(new Profile(
                    $"{family.Code}.{level.Code}", ProfileKind.JobFamilyLevel, $"{family.Focus} — {level.Code}", family.Superfunction,
                    family.Focus, level, track, family, familyLevel, null));
            }
        }

        var titles = Enumerable.Range(0, aliases)
            .Select(a => new OrganisationTitle(
                $"Field{a % families} Variant{a / families} Specialist",
                profiles[((a % families) * levels.Count) + (a / families % levels.Count)].Code,
                Memory))
            .ToList();
        var vocabulary = ResolutionVocabulary.Empty with
        {
            LevelTerms = [new LevelTerm("Senior", "P4", 1m, "level name", Memory)],
            FamilyTerms = familyTerms,
            RoleNouns = [new VocabularyWord("Engineer", "role noun", Memory)],
            Organisations = [new OrganisationTables("Synthetic", [], titles, Memory)],
        };

        return new CanonSnapshot("synthetic", "1", "synthetic", DateTimeOffset.UnixEpoch, levels, jobFamilies, [], profiles, vocabulary);
    }
}
