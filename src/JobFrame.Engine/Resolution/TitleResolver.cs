using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// Resolves a typed job title to a canon profile in one of three states (<see cref="ResolutionState"/>).
/// Built once per loaded canon; a lookup reads no file and never scans the alias tables: it folds and tokenises the
/// query, then walks a token trie from each position (see <see cref="TitleIndex"/>).
/// </summary>
public sealed partial class TitleResolver
{
    /// <summary>Longer input is answered with no match at once rather than read.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>The lowest confidence that is still answered as <see cref="ResolutionState.Confident"/>.</summary>
    public const decimal ConfidentThreshold = 0.6m;

    private readonly TitleIndex _index;
    private readonly IReadOnlyList<string> _familyNames;
    private readonly List<Profile>[] _profilesByFamily;
    private readonly Dictionary<string, int> _familyIdsByKey;
    private readonly Dictionary<string, Level> _levels;
    private readonly Dictionary<string, List<Profile>> _profilesByLevel;
    private readonly HashSet<string>[] _levelsByFamily;
    private readonly IReadOnlyList<string> _familyKeys;
    private readonly string _levelsWithData;

    private TitleResolver(TitleIndexBuilder built, IReadOnlyList<Level> levels, IReadOnlyList<Profile> profiles, IReadOnlyList<CanonError> warnings)
    {
        Warnings = warnings;
        _index = built.Index;
        _familyNames = built.FamilyNames;
        _familyIdsByKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _familyKeys = built.FamilyKeys;
        _profilesByFamily = new List<Profile>[built.FamilyKeys.Count];
        _levelsByFamily = new HashSet<string>[built.FamilyKeys.Count];
        for (var id = 0; id < _profilesByFamily.Length; id++)
        {
            _profilesByFamily[id] = [];
            _levelsByFamily[id] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _familyIdsByKey[built.FamilyKeys[id]] = id;
        }

        _levels = levels.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        _levelsWithData = string.Join(", ", levels.Where(l => l.HasData).Select(l => l.Code));
        _profilesByLevel = new Dictionary<string, List<Profile>>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles)
        {
            var familyId = _familyIdsByKey[profile.FamilyKey];
            _profilesByFamily[familyId].Add(profile);
            _levelsByFamily[familyId].Add(profile.Level.Code);
            _levelsByFamily[familyId].UnionWith(profile.Track);
            if (!_profilesByLevel.TryGetValue(profile.Level.Code, out var atLevel))
            {
                atLevel = [];
                _profilesByLevel[profile.Level.Code] = atLevel;
            }

            atLevel.Add(profile);
        }
    }

    /// <summary>
    /// Facts of the canon worth a canon editor's look, never load errors: phrases with more than one canon meaning
    /// (answered with candidates) and vocabulary terms ignored because the canon says otherwise.
    /// </summary>
    public IReadOnlyList<CanonError> Warnings { get; }

    /// <summary>How many phrases the index holds (codes, names, titles, aliases, vocabulary, organisation tables).</summary>
    public int PhraseCount => _index.PhraseCount;

    /// <summary>
    /// Builds the index for in-memory canon data (a benchmark's synthetic canon, a test's small one).
    /// Throws <see cref="CanonLoadException"/> when two vocabulary or organisation entries clash after normalisation, or an
    /// organisation table points at a level or profile the canon lacks; canon collisions are <see cref="Warnings"/>.
    /// </summary>
    public static TitleResolver Create(IReadOnlyList<Level> levels, IReadOnlyList<Profile> profiles, ResolutionVocabulary vocabulary)
    {
        var errors = new List<CanonError>();
        var resolver = Create(levels, profiles, vocabulary, errors);
        return errors.Count > 0 ? throw new CanonLoadException(errors) : resolver;
    }

    internal static TitleResolver Create(
        IReadOnlyList<Level> levels, IReadOnlyList<Profile> profiles, ResolutionVocabulary vocabulary, List<CanonError> errors)
    {
        var warnings = new List<CanonError>();
        var built = TitleIndexBuilder.Build(levels, profiles, vocabulary, errors, warnings);
        return new(built, levels, profiles, warnings.OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Line).ToList());
    }

    /// <summary>Resolves one typed title ("goals for a Senior ML Engineer please", "IC3 MLE", "aimlam.gen.p3").</summary>
    public TitleResolution Resolve(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxQueryLength)
        {
            return NoMatch(query, $"The title is longer than {MaxQueryLength} characters, so it was not read.");
        }

        var text = TitleText.Fold(query);
        var lower = text.ToLowerInvariant();
        var tokens = TitleText.Tokenize(lower);
        if (tokens.Count == 0)
        {
            return NoMatch(query, "The title is empty.");
        }

        Span<int> ids = tokens.Count <= 128 ? stackalloc int[tokens.Count] : new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i] = _index.TokenId(lower.AsSpan()[tokens[i]]);
        }

        var matches = new List<TermMatch>();
        for (var i = 0; i < tokens.Count;)
        {
            var (entry, length) = _index.LongestMatch(ids, i);
            if (entry is null)
            {
                // "L3", "IC5": an unknown code is one unknown word, never the numeral "3" read as some other track's level.
                var code = IsCodeShaped(lower, tokens, i);
                matches.Add(new TermMatch(null, tokens[i].Start.Value, tokens[code ? i + 1 : i].End.Value, code));
                i += code ? 2 : 1;
                continue;
            }

            if (entry.Kind != TitleEntryKind.Filler)
            {
                matches.Add(new TermMatch(entry, tokens[i].Start.Value, tokens[i + length - 1].End.Value));
            }

            i += length;
        }

        return Decide(query, text, matches);
    }

    /// <summary>Letters (at most four) glued to digits that end the word: the shape of a level code.</summary>
    private static bool IsCodeShaped(string text, List<Range> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return false;
        }

        var (letters, digits) = (tokens[i], tokens[i + 1]);
        var next = i + 2 < tokens.Count ? tokens[i + 2].Start.Value : text.Length;
        return letters.End.Value == digits.Start.Value
            && letters.End.Value - letters.Start.Value <= 4
            && char.IsLetter(text[letters.Start.Value])
            && (next > digits.End.Value || next == text.Length);
    }

    private static TitleResolution NoMatch(string query, string evidence) =>
        new(query, ResolutionState.NoMatch, null, 0m, evidence, [], null);
}
