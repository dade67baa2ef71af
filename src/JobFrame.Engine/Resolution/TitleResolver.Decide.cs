using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// The decision, in the order docs/RESOLUTION.md states it: the recognised words of a title lead to exactly one of the
/// three states, and every outcome is named (<see cref="Outcome"/>) with the evidence in words.
/// </summary>
public sealed partial class TitleResolver
{
    /// <summary>At most this many candidates are offered, best first.</summary>
    public const int MaxCandidates = 10;

    // Profiles are compared by identity: one object per profile, and record equality would hash every field of it.
    private static readonly IEqualityComparer<Profile> SameProfile = ReferenceEqualityComparer.Instance;

    // Each word nothing knows lowers a candidate's score this much; it ranks candidates, it never decides the state.
    private const decimal UnknownWordFactor = 0.6m;

    private TitleResolution Decide(string query, string text, List<TermMatch> matches)
    {
        var words = TitleReading.Of(Narrow(matches));
        var levelCodes = words.Levels.Select(l => l.LevelCode!)
            .Concat(words.Profiles.Select(p => p.Profile!.Level.Code))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var familyIds = words.Families.SelectMany(f => f.FamilyIds).Distinct().ToArray();
        var level = levelCodes.Count == 1 ? _levels.GetValueOrDefault(levelCodes[0]) : null;
        var sureLevel = level is not null && (words.Profiles.Count > 0 || words.LevelScore >= ConfidentThreshold) ? level : null;
        var outcome = new Outcome(this, query, text, words.Matches, sureLevel, words.OnlyLevels);
        var score = words.WordScore * Penalty(words.UnexplainedWords(text));

        // 1. A word shaped like a level code that no canon level or organisation ladder has ("L3", "IC5").
        if (words.UnknownCode is { } code)
        {
            return outcome.NoMatch(
                "A title is never answered with a level it does not name: an unknown level code is not read as another track's level.");
        }

        // 2. A level word the canon has no level for: never answered, nor offered, as a different level.
        if (words.NamesLevelNotInCanon || levelCodes.Any(c => !_levels.ContainsKey(c)))
        {
            return outcome.NoMatch($"The canon has level data for {_levelsWithData} only, and a title is never answered with a different level.");
        }

        // 3. A nearby role the canon does not cover (Scientist, Sales) is never answered as a role it does cover.
        if (words.UncoveredRole is { } uncovered)
        {
            var closest = familyIds.Length > 0 ? ProfilesOf(familyIds, level?.Code) : words.Profiles.Select(p => p.Profile!).Distinct(SameProfile).ToList();
            return outcome.NoMatch("The canon does not cover this role.", closest, $"nearby: the canon covers this profile, not '{text[uncovered.Start..uncovered.End]}'");
        }

        // 4. A phrase with more than one canon meaning that the other words do not narrow to one: a person chooses.
        if (words.Ambiguous.Count > 0)
        {
            return DecideAmbiguous(outcome, words, familyIds, score);
        }

        // 5. More than one level named.
        if (levelCodes.Count > 1)
        {
            var profiles = words.Profiles.Select(p => p.Profile!)
                .Concat(levelCodes.SelectMany(c => familyIds.Length > 0 ? ProfilesOf(familyIds, c) : _profilesByLevel.GetValueOrDefault(c) ?? []))
                .Distinct(SameProfile);
            return outcome.NeedsReview(profiles, score, "one of the levels the title names", $"The title names more than one level ({string.Join(", ", levelCodes)}).");
        }

        if (words.Profiles.Count > 0)
        {
            return DecideProfile(outcome, words, familyIds, level, score);
        }

        if (familyIds.Length > 0)
        {
            return DecideFamily(outcome, words, familyIds, level, score);
        }

        if (level is not null)
        {
            return words.OnlyLevels
                ? outcome.NeedsReview(_profilesByLevel.GetValueOrDefault(level.Code) ?? [], score * 0.5m, "at the level named; no role named", "Only a level was named, not a role.")
                : outcome.NoMatch("The title names a level but no role the canon covers.");
        }

        return outcome.NoMatch("Nothing in the title names a canon role, family or level.");
    }

    /// <summary>A title naming one profile (its code, title, a title alias or an organisation title).</summary>
    private TitleResolution DecideProfile(Outcome outcome, TitleReading words, int[] familyIds, Level? level, decimal score)
    {
        var profiles = words.Profiles.Select(p => p.Profile!).Distinct(SameProfile).ToList();
        var outsideFamilies = familyIds.Length > 0 && profiles.Any(p => !familyIds.Contains(_familyIdsByKey[p.FamilyKey]));
        if (profiles.Count > 1 || outsideFamilies)
        {
            var candidates = profiles.Concat(familyIds.Length > 0 ? ProfilesOf(familyIds, level?.Code) : []);
            return outcome.NeedsReview(candidates, score, "named in the title", "The title names more than one profile.");
        }

        var unexplained = words.UnexplainedWords(outcome.Text, profiles[0].Title);
        score = words.WordScore * Penalty(unexplained);
        if (unexplained > 0)
        {
            return outcome.NeedsReview(profiles, score, "named, with words the canon does not explain", UnexplainedConclusion(words));
        }

        return score >= ConfidentThreshold
            ? outcome.Confident(profiles[0], score)
            : outcome.NeedsReview(profiles, score, "named, but loosely", "Part of the title is uncertain.");
    }

    /// <summary>A title naming a family or function, with or without a level ("Senior ML Engineer", "ML Engineer").</summary>
    private TitleResolution DecideFamily(Outcome outcome, TitleReading words, int[] familyIds, Level? level, decimal score)
    {
        if (level is null)
        {
            return outcome.NeedsReview(ProfilesOf(familyIds, null), score * 0.9m, "in the family named; no level named", "No level was named.");
        }

        var profiles = ProfilesOf(familyIds, level.Code);
        if (profiles.Count == 0)
        {
            var names = string.Join(", ", familyIds.Select(id => _familyNames[id]));
            var because = $"The canon has no {level.Code} profile for {names}, and a title is never answered with a different level.";

            // "Engineering Manager II": a vocabulary word for a P level, in a family that runs M levels, names no level of
            // that family. A level code or canon level name ("Accountant M2") names its level exactly, whatever the family.
            var exact = words.Levels.All(l => l.Origin != TermOrigin.Vocabulary);
            return exact || familyIds.Any(id => _levelsByFamily[id].Any(c => Level.SeriesOf(c) == level.Series))
                ? outcome.NoMatch(because)
                : outcome.WithoutLevel().NoMatch($"{because} {names} runs no {level.Series} levels.");
        }

        if (profiles.Count > 1)
        {
            return outcome.NeedsReview(profiles, score, "family and level named", "More than one profile fits.");
        }

        if (words.UnexplainedWords(outcome.Text) > 0)
        {
            return outcome.NeedsReview(profiles, score, "family and level named, with words the canon does not explain", UnexplainedConclusion(words));
        }

        return score >= ConfidentThreshold
            ? outcome.Confident(profiles[0], score)
            : outcome.NeedsReview(profiles, score, "family and level named, but loosely", "Part of the title is uncertain.");
    }

    /// <summary>"Manager" titling two roles, "Senior Manager" as a role and the level M3: the candidates, never a guess.</summary>
    private TitleResolution DecideAmbiguous(Outcome outcome, TitleReading words, int[] familyIds, decimal score)
    {
        var profiles = new List<Profile>();
        var meanings = new List<TitleEntry>();
        foreach (var match in words.Ambiguous)
        {
            foreach (var meaning in match.Entry!.Alternatives)
            {
                meanings.Add(meaning);
                if (meaning.Profile is { } profile)
                {
                    profiles.Add(profile);
                }
                else if (meaning is { Kind: TitleEntryKind.Level, LevelCode: { } code } && familyIds.Length > 0)
                {
                    profiles.AddRange(ProfilesOf(familyIds, code));
                }
            }
        }

        profiles.AddRange(words.Profiles.Select(p => p.Profile!));

        // A level named beside the phrase ("Manager M2") keeps only the meanings at that level.
        if (words.Levels.Count > 0)
        {
            var namedLevels = words.Levels.Select(l => l.LevelCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            profiles.RemoveAll(p => !namedLevels.Contains(p.Level.Code));
        }

        var phrase = outcome.Text[words.Ambiguous[0].Start..words.Ambiguous[0].End];
        var described = Listed(meanings, m => m.Describe(_familyKeys), " and ");
        return outcome.NeedsReview(profiles, score, "one of the canon meanings of the title", $"In the canon '{phrase}' means {described}.");
    }

    /// <summary>
    /// A phrase with several canon meanings, narrowed by the other words: profiles to the named family and level, levels to
    /// the named family's track. What narrows to one meaning reads as that meaning; the rest stays ambiguous.
    /// </summary>
    private List<TermMatch> Narrow(List<TermMatch> matches)
    {
        if (!matches.Any(m => m.Kind == TitleEntryKind.Ambiguous))
        {
            return matches;
        }

        var familyIds = matches.Where(m => m.Kind == TitleEntryKind.Family).SelectMany(m => m.Entry!.FamilyIds).ToHashSet();
        var levelCodes = matches.Where(m => m.Kind == TitleEntryKind.Level).Select(m => m.Entry!.LevelCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var narrowed = new List<TermMatch>(matches.Count);
        foreach (var match in matches)
        {
            if (match.Kind != TitleEntryKind.Ambiguous)
            {
                narrowed.Add(match);
                continue;
            }

            if (familyIds.Count == 0 && levelCodes.Count == 0)
            {
                narrowed.Add(match);
                continue;
            }

            var fitting = match.Entry!.Alternatives.Where(a => Fits(a, familyIds, levelCodes)).ToList();
            narrowed.Add(fitting.Count switch
            {
                0 => match,
                1 => match with { Entry = fitting[0] },
                _ => match with { Entry = new TitleEntry { Kind = TitleEntryKind.Ambiguous, Alternatives = fitting, Source = "canon", Origin = TermOrigin.Canon, Location = match.Entry.Location } },
            });
        }

        return narrowed;
    }

    private bool Fits(TitleEntry meaning, HashSet<int> familyIds, HashSet<string> levelCodes) => meaning.Kind switch
    {
        TitleEntryKind.Profile =>
            (familyIds.Count == 0 || familyIds.Contains(_familyIdsByKey[meaning.Profile!.FamilyKey]))
            && (levelCodes.Count == 0 || levelCodes.Contains(meaning.Profile!.Level.Code)),
        TitleEntryKind.Level =>
            (familyIds.Count == 0 || familyIds.Any(id => _levelsByFamily[id].Contains(meaning.LevelCode!)))
            && (levelCodes.Count == 0 || levelCodes.Contains(meaning.LevelCode!)),
        _ => familyIds.Count == 0 && levelCodes.Count == 0,
    };

    private static string UnexplainedConclusion(TitleReading words) =>
        words.Unknown.Count > 0
            ? "Part of the title is not explained by the canon or its vocabulary, so it is not answered with confidence."
            : "A role word in the title does not belong to the role named, so it is not answered with confidence.";

    private static decimal Penalty(int unexplainedWords)
    {
        var penalty = 1m;
        for (var i = 0; i < unexplainedWords; i++)
        {
            penalty *= UnknownWordFactor;
        }

        return penalty;
    }

    private List<Profile> ProfilesOf(int[] familyIds, string? levelCode)
    {
        var profiles = new List<Profile>();
        foreach (var id in familyIds)
        {
            foreach (var profile in _profilesByFamily[id])
            {
                if (levelCode is null || string.Equals(profile.Level.Code, levelCode, StringComparison.OrdinalIgnoreCase))
                {
                    profiles.Add(profile);
                }
            }
        }

        return profiles.Distinct(SameProfile).ToList();
    }
}
