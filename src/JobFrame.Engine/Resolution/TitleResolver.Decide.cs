using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>The decision: which of the three states the recognised words support, and the evidence in words.</summary>
public sealed partial class TitleResolver
{
    // Each word nothing knows lowers the confidence this much: one stray word already asks for review.
    private const double UnknownWordFactor = 0.6;

    private TitleResolution Decide(string query, string text, List<TermMatch> matches)
    {
        var profileHits = Entries(matches, TitleEntryKind.Profile);
        var levelHits = Entries(matches, TitleEntryKind.Level);
        var familyHits = Entries(matches, TitleEntryKind.Family);
        var unknownWords = matches.Count(m => m.Entry is null);
        var penalty = (decimal)Math.Pow(UnknownWordFactor, unknownWords);
        var familyIds = familyHits.SelectMany(f => f.FamilyIds).Distinct().ToArray();
        var levelCodes = levelHits.Select(l => l.LevelCode!)
            .Concat(profileHits.Select(p => p.Profile!.Level.Code))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var namedLevel = levelCodes.Count == 1 ? _levels.GetValueOrDefault(levelCodes[0]) : null;
        var score = Math.Min(MinScore(familyHits), MinScore(levelHits)) * penalty;

        // Checked first: a level the canon lacks is never answered, nor offered, as a different level.
        if (matches.Any(m => m.Kind == TitleEntryKind.LevelNotInCanon) || levelCodes.Any(c => !_levels.ContainsKey(c)))
        {
            return Answer(query, ResolutionState.NoMatch, null, 0m, text, matches, null, [], null,
                $"The canon has level data for {_levelsWithData} only, and a title is never answered with a different level.");
        }

        if (matches.FirstOrDefault(m => m.Kind == TitleEntryKind.UncoveredRole) is { Entry: not null } uncovered)
        {
            // A nearby role (Scientist, Data Engineer, Sales) is never answered as the role the canon does have.
            var closest = familyIds.Length > 0 ? ProfilesOf(familyIds, namedLevel?.Code) : profileHits.Select(p => p.Profile!).Distinct().ToList();
            var reason = $"nearby: the canon covers this profile, not '{text[uncovered.Start..uncovered.End]}'";
            return Answer(query, ResolutionState.NoMatch, null, 0m, text, matches, null, Rank(closest, 0.2m, reason), namedLevel,
                "The canon does not cover this role.");
        }

        if (levelCodes.Count > 1)
        {
            var profiles = profileHits.Select(p => p.Profile!)
                .Concat(levelCodes.SelectMany(code => familyIds.Length > 0
                    ? ProfilesOf(familyIds, code)
                    : _profilesByLevel.GetValueOrDefault(code) ?? []))
                .Distinct()
                .ToList();
            return Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null,
                Rank(profiles, score, "one of the levels the title names"), null,
                $"The title names more than one level ({string.Join(", ", levelCodes)}).");
        }

        if (profileHits.Count > 0)
        {
            return DecideProfile(query, text, matches, profileHits, familyIds, namedLevel, penalty);
        }

        if (familyIds.Length > 0)
        {
            return DecideFamily(query, text, matches, familyIds, namedLevel, score);
        }

        if (namedLevel is not null)
        {
            var onlyALevel = !matches.Any(m => m.Entry is null || m.Kind == TitleEntryKind.RoleNoun);
            return onlyALevel
                ? Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null,
                    Rank(_profilesByLevel.GetValueOrDefault(namedLevel.Code) ?? [], score * 0.5m, "at the level named; no role named"), namedLevel,
                    "Only a level was named, not a role.")
                : Answer(query, ResolutionState.NoMatch, null, 0m, text, matches, null, [], namedLevel,
                    "The title names a level but no role the canon covers.");
        }

        return Answer(query, ResolutionState.NoMatch, null, 0m, text, matches, null, [], null,
            "Nothing in the title names a canon role, family or level.");
    }

    private TitleResolution DecideProfile(
        string query, string text, List<TermMatch> matches, List<TitleEntry> profileHits, int[] familyIds, Level? namedLevel, decimal penalty)
    {
        var profiles = profileHits.Select(p => p.Profile!).Distinct().ToList();
        var outsideFamilies = familyIds.Length > 0 && profiles.Any(p => !familyIds.Contains(_familyIdsByKey[p.FamilyKey]));
        var score = profileHits.Max(p => p.Score) * penalty;
        if (profiles.Count == 1 && !outsideFamilies)
        {
            return score >= ConfidentThreshold
                ? Answer(query, ResolutionState.Confident, profiles[0], score, text, matches, profiles[0], [], namedLevel, null)
                : Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null, Rank(profiles, score, "named, with words the canon does not know"), namedLevel,
                    "Part of the title is not understood.");
        }

        var candidates = profiles.Concat(familyIds.Length > 0 ? ProfilesOf(familyIds, namedLevel?.Code) : []).Distinct().ToList();
        return Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null, Rank(candidates, score, "named in the title"), namedLevel,
            "The title names more than one profile.");
    }

    private TitleResolution DecideFamily(
        string query, string text, List<TermMatch> matches, int[] familyIds, Level? namedLevel, decimal score)
    {
        var names = string.Join(", ", familyIds.Select(id => _familyNames[id]));
        if (namedLevel is null)
        {
            return Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null,
                Rank(ProfilesOf(familyIds, null), score * 0.9m, "in the family named; no level named"), null,
                "No level was named.");
        }

        var profiles = ProfilesOf(familyIds, namedLevel.Code);
        return profiles.Count switch
        {
            0 => Answer(query, ResolutionState.NoMatch, null, 0m, text, matches, null, [], namedLevel,
                $"The canon has no {namedLevel.Code} profile for {names}, and a title is never answered with a different level."),
            1 when score >= ConfidentThreshold =>
                Answer(query, ResolutionState.Confident, profiles[0], score, text, matches, profiles[0], [], namedLevel, null),
            1 => Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null,
                Rank(profiles, score, "family and level named, but loosely"), namedLevel, "Part of the title is uncertain or not understood."),
            _ => Answer(query, ResolutionState.NeedsReview, null, 0m, text, matches, null,
                Rank(profiles, score, "family and level named"), namedLevel, "More than one profile fits."),
        };
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

        return profiles.Distinct().ToList();
    }

    /// <summary>Splits the confidence over the candidates; ties keep canon order.</summary>
    private static List<Candidate> Rank(IReadOnlyList<Profile> profiles, decimal score, string reason)
    {
        if (profiles.Count == 0)
        {
            return [];
        }

        var each = Math.Max(0.01m, Math.Round(score / profiles.Count, 2, MidpointRounding.AwayFromZero));
        return profiles.Select(p => new Candidate(p, each, reason)).ToList();
    }

    private static List<TitleEntry> Entries(List<TermMatch> matches, TitleEntryKind kind) =>
        matches.Where(m => m.Kind == kind).Select(m => m.Entry!).ToList();

    private static decimal MinScore(List<TitleEntry> entries) => entries.Count == 0 ? 1m : entries.Min(e => e.Score);

    private TitleResolution Answer(
        string query, ResolutionState state, Profile? match, decimal confidence, string text, List<TermMatch> matches,
        Profile? chosen, IReadOnlyList<Candidate> candidates, Level? namedLevel, string? conclusion)
    {
        // Needs review means a person picks from candidates: with none to pick from, the honest answer is no match.
        if (state == ResolutionState.NeedsReview && candidates.Count == 0)
        {
            state = ResolutionState.NoMatch;
        }

        var evidence = EvidenceText(text, matches, chosen);
        if (conclusion is not null)
        {
            evidence = evidence.Length == 0 ? conclusion : $"{evidence}. {conclusion}";
        }

        return new TitleResolution(
            query, state, match, Math.Round(Math.Clamp(confidence, 0m, 1m), 2, MidpointRounding.AwayFromZero), evidence, candidates, namedLevel);
    }
}
