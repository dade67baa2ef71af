using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>What each source contributes to the index: the canon, the bot's vocabulary, an organisation's tables.</summary>
internal sealed partial class TitleIndexBuilder
{
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
}
