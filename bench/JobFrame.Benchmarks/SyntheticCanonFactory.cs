using JobFrame.Engine.Canon;

namespace JobFrame.Benchmarks;

/// <summary>
/// The synthetic large canon (<see cref="SyntheticCanonShape"/>) built in memory for the benchmarks and tests, never
/// written into canon/: families on the P and M tracks, taxonomy roles sharing titles across functions, a role title
/// equal to a level name, a level name on two tracks, and organisation title spellings. Text here is filler, not canon.
/// </summary>
public static class SyntheticCanonFactory
{
    private static readonly SourceLocation Memory = new("memory", 1);

    public static CanonSnapshot Create(int families = 1000, int aliases = 100_000)
    {
        var levels = SyntheticCanonShape.Levels()
            .Select(l => new Level(
                l.Code, l.Name, null, null,
                l.HasBars ? LevelDimensions.InCanonOrder.Select(d => new LevelBar(d, $"{d.DisplayName()} bar text of {l.Code}, long enough to be realistic")).ToList() : [],
                Memory))
            .ToList();
        var levelsByCode = levels.ToDictionary(l => l.Code);
        var rubrics = new Dictionary<string, string>
        {
            [FamilyLevel.ComplexityRubric] = "Synthetic complexity rubric sentence of realistic length for a level of a job family.",
            [FamilyLevel.KnowledgeRubric] = "Synthetic knowledge rubric sentence of realistic length for a level of a job family.",
        };
        var jobFamilies = new List<JobFamily>(families);
        var profiles = new List<Profile>();
        var familyTerms = new List<FamilyTerm>(families + SyntheticCanonShape.Functions);
        for (var f = 0; f < families; f++)
        {
            var track = SyntheticCanonShape.Track(f);
            var familyLevels = track
                .Select(code => new FamilyLevel(
                    code,
                    Enumerable.Range(1, 5).Select(r => $"Synthetic responsibility {r} of family {f} at {code}, written at the length canon responsibilities have.").ToList(),
                    rubrics,
                    Memory))
                .ToList();
            var family = new JobFamily(SyntheticCanonShape.FamilyCode(f), "Synthetic Superfunction", SyntheticCanonShape.FamilyFocus(f), track, familyLevels, Memory);
            jobFamilies.Add(family);
            familyTerms.Add(new FamilyTerm($"Field{f}", [family.Code], 1m, "family term", Memory));
            foreach (var familyLevel in familyLevels)
            {
                var level = levelsByCode[familyLevel.LevelCode];
                profiles.Add(new Profile(
                    $"{family.Code}.{level.Code}", ProfileKind.JobFamilyLevel, $"{family.Focus} — {level.Code}", family.Superfunction,
                    family.Focus, level, track, family, familyLevel, null));
            }
        }

        var roles = new List<TaxonomyRole>(SyntheticCanonShape.Functions * SyntheticCanonShape.RolesPerFunction);
        for (var g = 0; g < SyntheticCanonShape.Functions; g++)
        {
            var function = SyntheticCanonShape.FunctionName(g);
            familyTerms.Add(new FamilyTerm($"Function{g}", [SyntheticCanonShape.FunctionCode(g)], 1m, "function term", Memory));
            for (var r = 0; r < SyntheticCanonShape.RolesPerFunction; r++)
            {
                var (code, title, levelCode) = SyntheticCanonShape.Role(g, r);
                var role = new TaxonomyRole(
                    code, title, function, "General", levelCode, "draft", null, null, null, null, null, null, null, [],
                    [new RoleComponent(RoleComponent.ResponsibilitiesKind, [$"Synthetic responsibility of {title} in {function}."])], [], [], Memory);
                roles.Add(role);
                profiles.Add(new Profile(code, ProfileKind.TaxonomyRole, title, function, "General", levelsByCode[levelCode], [], null, null, role));
            }
        }

        var titles = Enumerable.Range(0, aliases)
            .Select(a => SyntheticCanonShape.OrganisationTitle(a, families))
            .Select(t => new OrganisationTitle(t.Title, t.ProfileCode, Memory))
            .ToList();
        var vocabulary = ResolutionVocabulary.Empty with
        {
            LevelTerms = [new LevelTerm("Senior", "P4", 1m, "level name", Memory)],
            FamilyTerms = familyTerms,
            RoleNouns = [new VocabularyWord("Engineer", "role noun", Memory)],
            Organisations = [new OrganisationTables("Synthetic", [], titles, Memory)],
        };

        return new CanonSnapshot("synthetic", "1", "synthetic", DateTimeOffset.UnixEpoch, levels, jobFamilies, roles, profiles, vocabulary);
    }
}
