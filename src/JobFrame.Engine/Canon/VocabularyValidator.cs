namespace JobFrame.Engine.Canon;

/// <summary>
/// Checks that every vocabulary and organisation entry points at something the canon has: a level code in levels.yaml
/// or on a family's track, a family or taxonomy function code, a profile code. Collisions between words are found
/// when the title index is built, where every phrase is normalised the same way.
/// </summary>
internal static class VocabularyValidator
{
    public static void Validate(
        ResolutionVocabulary vocabulary,
        IReadOnlyList<Level> levels,
        IReadOnlyList<JobFamily> families,
        IReadOnlyList<TaxonomyRole> roles,
        IReadOnlyList<Profile> profiles,
        List<CanonError> errors)
    {
        var levelCodes = new HashSet<string>(levels.Select(l => l.Code), StringComparer.OrdinalIgnoreCase);
        levelCodes.UnionWith(families.SelectMany(f => f.Track));
        var familyKeys = new HashSet<string>(families.Select(f => f.Code), StringComparer.OrdinalIgnoreCase);
        familyKeys.UnionWith(roles.Select(r => r.FunctionCode));
        var profileCodes = new HashSet<string>(profiles.Select(p => p.Code), StringComparer.OrdinalIgnoreCase);

        foreach (var term in vocabulary.LevelTerms)
        {
            CheckLevel(term.LevelCode, $"level term '{term.Term}'", term.Location);
        }

        foreach (var term in vocabulary.FamilyTerms)
        {
            foreach (var target in term.Targets.Where(t => !familyKeys.Contains(t)))
            {
                Add(term.Location, $"family term '{term.Term}' points at '{target}', which is neither a family code nor a taxonomy function code");
            }
        }

        foreach (var organisation in vocabulary.Organisations)
        {
            foreach (var code in organisation.Ladder)
            {
                CheckLevel(code.LevelCode, $"ladder code '{code.Code}'", code.Location);
            }

            foreach (var title in organisation.Titles.Where(t => !profileCodes.Contains(t.ProfileCode)))
            {
                Add(title.Location, $"organisation title '{title.Title}' points at profile '{title.ProfileCode}', which is not in the canon");
            }
        }

        void CheckLevel(string code, string what, SourceLocation at)
        {
            if (!levelCodes.Contains(code))
            {
                Add(at, $"{what} points at level '{code}', which is neither in levels.yaml nor on any family's track");
            }
        }

        void Add(SourceLocation at, string problem) => errors.Add(new CanonError(at.File, at.Line, problem));
    }
}
