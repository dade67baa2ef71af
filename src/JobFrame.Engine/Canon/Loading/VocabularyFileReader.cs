using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>
/// Reads canon/vocabulary/*.yaml and canon/organisation/*.yaml into one <see cref="ResolutionVocabulary"/>.
/// A vocabulary file may hold any of its lists; every entry names its source so evidence can say where a mapping came from.
/// </summary>
internal sealed class VocabularyFileReader
{
    private readonly List<LevelTerm> _levelTerms = [];
    private readonly List<VocabularyWord> _levelsNotInCanon = [];
    private readonly List<FamilyTerm> _familyTerms = [];
    private readonly List<VocabularyWord> _roleNouns = [];
    private readonly List<VocabularyWord> _uncoveredRoles = [];
    private readonly List<VocabularyWord> _fillerWords = [];
    private readonly List<OrganisationTables> _organisations = [];

    public ResolutionVocabulary Result =>
        new(_levelTerms, _levelsNotInCanon, _familyTerms, _roleNouns, _uncoveredRoles, _fillerWords, _organisations);

    public void ReadVocabulary(YamlMappingNode root, YamlNodes yaml)
    {
        yaml.OnlyKnownKeys(root, "level_terms", "levels_not_in_canon", "family_terms", "role_nouns", "uncovered_roles", "filler_words");
        foreach (var mapping in Entries(root, "level_terms", yaml, "term", "level", "score", "source"))
        {
            var term = yaml.RequiredString(mapping, "term");
            var level = yaml.RequiredString(mapping, "level");
            var source = yaml.RequiredString(mapping, "source");
            var score = Score(mapping, yaml);
            if (term is not null && level is not null && source is not null)
            {
                _levelTerms.Add(new LevelTerm(term, level, score, source, yaml.At(mapping)));
            }
        }

        foreach (var mapping in Entries(root, "family_terms", yaml, "term", "targets", "score", "source"))
        {
            var term = yaml.RequiredString(mapping, "term");
            var targets = yaml.StringList(mapping, "targets", required: true);
            var source = yaml.RequiredString(mapping, "source");
            var score = Score(mapping, yaml);
            if (targets.Count == 0 && yaml.Child(mapping, "targets") is { } empty)
            {
                yaml.Error(empty, "field 'targets' must name at least one family or function code");
            }

            if (term is not null && source is not null && targets.Count > 0)
            {
                _familyTerms.Add(new FamilyTerm(term, targets, score, source, yaml.At(mapping)));
            }
        }

        ReadWords(root, "levels_not_in_canon", yaml, _levelsNotInCanon);
        ReadWords(root, "role_nouns", yaml, _roleNouns);
        ReadWords(root, "uncovered_roles", yaml, _uncoveredRoles);
        ReadWords(root, "filler_words", yaml, _fillerWords);
    }

    /// <summary>Adds an organisation's tables, read by <see cref="OrganisationFileReader"/>.</summary>
    public void AddOrganisation(OrganisationTables organisation) => _organisations.Add(organisation);

    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode parent, string key, YamlNodes yaml, params string[] fields)
    {
        foreach (var node in yaml.Sequence(parent, key, required: false))
        {
            if (yaml.Entry(node, key, fields) is { } mapping)
            {
                yield return mapping;
            }
        }
    }

    private static void ReadWords(YamlMappingNode root, string key, YamlNodes yaml, List<VocabularyWord> into)
    {
        foreach (var mapping in Entries(root, key, yaml, "term", "source"))
        {
            var term = yaml.RequiredString(mapping, "term");
            var source = yaml.RequiredString(mapping, "source");
            if (term is not null && source is not null)
            {
                into.Add(new VocabularyWord(term, source, yaml.At(mapping)));
            }
        }
    }

    private static decimal Score(YamlMappingNode mapping, YamlNodes yaml)
    {
        var score = yaml.OptionalDecimal(mapping, "score") ?? 1m;
        if (score is <= 0m or > 1m)
        {
            yaml.Error(mapping, $"score {score} must be above 0 and at most 1");
        }

        return score;
    }
}
