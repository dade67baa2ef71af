using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// Fills a <see cref="TitleIndex"/> once per canon: first what the canon itself says (codes, names, titles, the roles'
/// title aliases), then the bot's vocabulary, then the organisation tables. Canon data always outranks the rest:
/// <list type="bullet">
/// <item>A phrase the canon gives two meanings (a title shared by two roles, a role titled like a level name, a level
/// name on two tracks) is a fact: it is kept as an ambiguous entry, answered with candidates, and reported as a warning.</item>
/// <item>A vocabulary term that clashes with canon data, or points at a level or family this canon lacks, is ignored
/// for that term with a warning: the vocabulary advises, it never overrules and never stops a canon from loading.</item>
/// <item>An organisation table outranks the bot's vocabulary (a warning) but not the canon (ignored, a warning); a
/// reference to a profile or level the canon lacks, and two organisation or vocabulary entries that clash with each
/// other, are errors naming file and line, reported at the later declaration and naming the earlier one.</item>
/// </list>
/// </summary>
internal sealed partial class TitleIndexBuilder
{
    private readonly TitleIndex _index = new();
    private readonly Dictionary<string, int> _familyIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _familyKeys = [];
    private readonly List<string> _familyNames = [];
    private readonly Dictionary<string, Profile> _profiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _levelCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _canonTitleWords = new(StringComparer.Ordinal);
    private readonly List<CanonError> _errors;
    private readonly List<CanonError> _warnings;

    private TitleIndexBuilder(List<CanonError> errors, List<CanonError> warnings)
    {
        _errors = errors;
        _warnings = warnings;
    }

    public static TitleIndexBuilder Build(
        IReadOnlyList<Level> levels, IReadOnlyList<Profile> profiles, ResolutionVocabulary vocabulary, List<CanonError> errors, List<CanonError> warnings)
    {
        var builder = new TitleIndexBuilder(errors, warnings);
        builder.AddCanon(levels, profiles);
        builder.AddVocabulary(vocabulary);
        foreach (var organisation in vocabulary.Organisations)
        {
            builder.AddOrganisation(organisation);
        }

        return builder;
    }

    public TitleIndex Index => _index;

    /// <summary>Family keys (family codes and taxonomy function codes) by id.</summary>
    public IReadOnlyList<string> FamilyKeys => _familyKeys;

    /// <summary>What evidence calls each family: the family focus, or the taxonomy function's name.</summary>
    public IReadOnlyList<string> FamilyNames => _familyNames;

    public int FamilyId(string key) => _familyIds.TryGetValue(key, out var id) ? id : -1;

    private void Error(SourceLocation at, string problem) => _errors.Add(new CanonError(at.File, at.Line, problem));

    private void Warning(SourceLocation at, string problem) => _warnings.Add(new CanonError(at.File, at.Line, problem));

    private void AddWords(IReadOnlyList<VocabularyWord> words, TitleEntryKind kind)
    {
        foreach (var word in words)
        {
            Add(word.Term, new TitleEntry { Kind = kind, Source = word.Source, Origin = TermOrigin.Vocabulary, Location = word.Location });
        }
    }

    private void AddLevel(string phrase, string source, TermOrigin origin, decimal score, SourceLocation at, string? levelCode = null) =>
        Add(phrase, new TitleEntry
        {
            Kind = TitleEntryKind.Level,
            LevelCode = (levelCode ?? phrase).ToUpperInvariant(),
            Source = source,
            Origin = origin,
            Score = score,
            Location = at,
        });

    private void AddProfile(string phrase, Profile profile, string source, TermOrigin origin, decimal score, SourceLocation at) =>
        Add(phrase, new TitleEntry { Kind = TitleEntryKind.Profile, Profile = profile, Source = source, Origin = origin, Score = score, Location = at });

    private static TitleEntry Family(int[] ids, string source, TermOrigin origin, decimal score, SourceLocation at) =>
        new() { Kind = TitleEntryKind.Family, FamilyIds = ids, Source = source, Origin = origin, Score = score, Location = at };

    private int FamilyIdFor(string key, string name)
    {
        if (!_familyIds.TryGetValue(key, out var id))
        {
            id = _familyKeys.Count;
            _familyIds[key] = id;
            _familyKeys.Add(key);
            _familyNames.Add(name);
        }

        return id;
    }
}
