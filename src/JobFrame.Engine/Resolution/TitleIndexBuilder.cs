using System.Globalization;
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
internal sealed class TitleIndexBuilder
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

    private void AddCanon(IReadOnlyList<Level> levels, IReadOnlyList<Profile> profiles)
    {
        var canonFile = new SourceLocation("levels.yaml", 1);
        _levelCodes.UnionWith(levels.Select(l => l.Code));
        _levelCodes.UnionWith(profiles.SelectMany(p => p.Track));
        foreach (var level in levels)
        {
            AddLevel(level.Code, "level code", TermOrigin.Canon, 1m, level.Location);
            AddLevel(level.Name, "canon level name", TermOrigin.Canon, 1m, level.Location, level.Code);
        }

        foreach (var code in profiles.SelectMany(p => p.Track).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!levels.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                AddLevel(code, "level code", TermOrigin.Canon, 1m, canonFile);
            }
        }

        foreach (var profile in profiles)
        {
            _profiles.TryAdd(profile.Code, profile);
            var at = profile.Family?.Location ?? profile.Role!.Location;
            var familyId = FamilyIdFor(profile.FamilyKey, profile.Family?.Focus ?? profile.Function);
            AddProfile(profile.Code, profile, "profile code", TermOrigin.Canon, 1m, at);
            AddProfile(profile.Title, profile, profile.Role is null ? "canon profile title" : "canon role title", TermOrigin.Canon, 1m, at);
            if (profile.Role is not null)
            {
                RememberTitleWords(profile.Title);
            }

            Add(profile.FamilyKey, Family([familyId], profile.Family is null ? "function code" : "family code", TermOrigin.Canon, 1m, at));
            Add(profile.Family?.Focus ?? profile.Function, Family(
                [familyId], profile.Family is null ? "canon function name" : "canon family focus", TermOrigin.Canon, 1m, at));
            foreach (var alias in profile.Role?.TitleAliases ?? [])
            {
                AddProfile(alias.Alias, profile, $"canon title alias, {alias.Confidence}", TermOrigin.Canon, alias.Confidence.Score, alias.Location);
                RememberTitleWords(alias.Alias);
            }
        }
    }

    private void AddVocabulary(ResolutionVocabulary vocabulary)
    {
        foreach (var term in vocabulary.LevelTerms)
        {
            if (KnownLevel(term.LevelCode, $"level term '{term.Term}'", term.Location, warnOnly: true))
            {
                AddLevel(term.Term, term.Source, TermOrigin.Vocabulary, term.Score, term.Location, term.LevelCode);
            }
        }

        foreach (var term in vocabulary.FamilyTerms)
        {
            var unknown = term.Targets.Where(t => FamilyId(t) < 0).ToList();
            foreach (var target in unknown)
            {
                Warning(term.Location, $"family term '{term.Term}' is ignored: it points at '{target}', which is neither a family code nor a taxonomy function code with profiles in this canon");
            }

            if (unknown.Count == 0)
            {
                Add(term.Term, Family(term.Targets.Select(FamilyId).Distinct().ToArray(), term.Source, TermOrigin.Vocabulary, term.Score, term.Location));
            }
        }

        AddWords(vocabulary.LevelsNotInCanon, TitleEntryKind.LevelNotInCanon);
        AddWords(vocabulary.RoleNouns, TitleEntryKind.RoleNoun);
        AddWords(vocabulary.UncoveredRoles.Where(NotPartOfACanonTitle).ToList(), TitleEntryKind.UncoveredRole);
        AddWords(vocabulary.FillerWords, TitleEntryKind.Filler);
    }

    private void AddOrganisation(OrganisationTables organisation)
    {
        // One source text per table, shared by all its entries: an organisation can have a hundred thousand titles.
        var ladderSource = $"organisation ladder: {organisation.Name}";
        var titleSource = $"organisation title: {organisation.Name}";
        foreach (var code in organisation.Ladder)
        {
            if (KnownLevel(code.LevelCode, $"ladder code '{code.Code}'", code.Location, warnOnly: false))
            {
                AddLevel(code.Code, ladderSource, TermOrigin.Organisation, 1m, code.Location, code.LevelCode);
            }
        }

        foreach (var title in organisation.Titles)
        {
            if (_profiles.TryGetValue(title.ProfileCode, out var profile))
            {
                AddProfile(title.Title, profile, titleSource, TermOrigin.Organisation, 1m, title.Location);
            }
            else
            {
                Error(title.Location, $"organisation title '{title.Title}' points at profile '{title.ProfileCode}', which is not in the canon");
            }
        }
    }

    private bool KnownLevel(string code, string what, SourceLocation at, bool warnOnly)
    {
        if (_levelCodes.Contains(code))
        {
            return true;
        }

        if (warnOnly)
        {
            Warning(at, $"{what} is ignored: it points at level '{code}', which is neither in levels.yaml nor on any family's track");
        }
        else
        {
            Error(at, $"{what} points at level '{code}', which is neither in levels.yaml nor on any family's track");
        }

        return false;
    }

    private void Error(SourceLocation at, string problem) => _errors.Add(new CanonError(at.File, at.Line, problem));

    private void Warning(SourceLocation at, string problem) => _warnings.Add(new CanonError(at.File, at.Line, problem));

    /// <summary>
    /// Every run of up to three words of a canon role title or alias: a vocabulary "uncovered role" inside one ("Manager"
    /// in "Renewable Energy Commercial Manager") would tell a manager the canon does not cover a role it covers.
    /// </summary>
    private void RememberTitleWords(string title)
    {
        var tokens = TitleText.Tokens(title);
        for (var start = 0; start < tokens.Length; start++)
        {
            for (var length = 1; length <= 3 && start + length <= tokens.Length; length++)
            {
                _canonTitleWords.Add(string.Join(' ', tokens, start, length));
            }
        }
    }

    private bool NotPartOfACanonTitle(VocabularyWord word)
    {
        if (!_canonTitleWords.Contains(string.Join(' ', TitleText.Tokens(word.Term))))
        {
            return true;
        }

        Warning(word.Location, $"uncovered role '{word.Term}' is ignored: it is part of a canon role title or title alias, so the canon covers such a role");
        return false;
    }

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

    private void Add(string phrase, TitleEntry entry)
    {
        var tokens = TitleText.Tokens(phrase);
        if (tokens.Length == 0)
        {
            Error(entry.Location, $"'{phrase}' has no letters or digits to match");
            return;
        }

        var existing = _index.Add(tokens, entry);
        if (existing is null || ReferenceEquals(existing, entry))
        {
            return;
        }

        if (existing.SameMeaning(entry))
        {
            // The same meaning stated twice (a role title that is also a canon alias): the surer mapping wins.
            if (entry.Score > existing.Score)
            {
                _index.Replace(tokens, entry);
            }

            return;
        }

        var described = string.Create(CultureInfo.InvariantCulture, $"'{phrase}' (normalised '{string.Join(' ', tokens)}')");
        if (existing.Origin == TermOrigin.Canon && entry.Origin == TermOrigin.Canon)
        {
            AddCanonMeaning(tokens, existing, entry, described);
            return;
        }

        if (existing.Origin == TermOrigin.Canon)
        {
            // Canon data always wins: the vocabulary or organisation entry is ignored for this term.
            Warning(entry.Location, $"{described} is ignored as {entry.Describe(_familyKeys)}: the canon already uses it for {existing.Describe(_familyKeys)} ({existing.Location})");
            return;
        }

        if (existing.Origin == TermOrigin.Vocabulary && entry.Origin == TermOrigin.Organisation)
        {
            // An organisation's own table outranks the bot's vocabulary.
            Warning(existing.Location, $"{described} is read as {entry.Describe(_familyKeys)} from the organisation table ({entry.Location}), not as {existing.Describe(_familyKeys)}");
            _index.Replace(tokens, entry);
            return;
        }

        Error(entry.Location, $"{described} would mean {entry.Describe(_familyKeys)}, but it already means {existing.Describe(_familyKeys)} ({existing.Location})");
    }

    /// <summary>
    /// Two canon meanings of one phrase. Two families with the same name become one family entry naming both; anything
    /// else becomes an ambiguous entry. Either way resolution asks which one, and canon check warns.
    /// </summary>
    private void AddCanonMeaning(string[] tokens, TitleEntry existing, TitleEntry entry, string described)
    {
        if (existing.Kind == TitleEntryKind.Family && entry.Kind == TitleEntryKind.Family)
        {
            _index.Replace(tokens, Family(existing.FamilyIds.Union(entry.FamilyIds).ToArray(), existing.Source, TermOrigin.Canon, 1m, existing.Location));
            return;
        }

        var alternatives = existing.Meanings.ToList();
        if (alternatives.Any(a => a.SameMeaning(entry)))
        {
            return;
        }

        // Names the first meaning only: a title shared by a hundred roles must not make a hundred warnings of a hundred names.
        var first = alternatives[0];
        var others = alternatives.Count > 1 ? $" and {alternatives.Count - 1} other meaning{(alternatives.Count == 2 ? string.Empty : "s")}" : string.Empty;
        Warning(entry.Location, $"{described} means {entry.Describe(_familyKeys)} and also {first.Describe(_familyKeys)} ({first.Location}){others}: a question naming it is answered with candidates");
        alternatives.Add(entry);
        _index.Replace(tokens, new TitleEntry
        {
            Kind = TitleEntryKind.Ambiguous,
            Alternatives = alternatives,
            Source = "canon",
            Origin = TermOrigin.Canon,
            Location = existing.Location,
        });
    }
}
