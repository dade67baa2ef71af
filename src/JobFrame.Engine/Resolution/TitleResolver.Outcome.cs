using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

public sealed partial class TitleResolver
{
    /// <summary>
    /// The three outcomes of a decision, by name: <see cref="Confident"/>, <see cref="NeedsReview"/>, <see cref="NoMatch"/>.
    /// Holds what every outcome shares (the query, its words, the level it surely names) so each call states only what differs.
    /// </summary>
    private sealed class Outcome(TitleResolver resolver, string query, string text, List<TermMatch> matches, Level? namedLevel, bool onlyLevelNamed)
    {
        public string Text => text;

        /// <summary>The same outcomes without a named level: the level word does not name a level of what the title names.</summary>
        public Outcome WithoutLevel() => new(resolver, query, text, matches, null, false);

        /// <summary>One profile: every word explained, one profile fits, the weakest word scores at least the threshold.</summary>
        public TitleResolution Confident(Profile profile, decimal score) =>
            Build(ResolutionState.Confident, profile, score, [], null);

        /// <summary>
        /// Plausible but not certain: candidates a person chooses from, best first. With no candidate to choose from the
        /// honest answer is no match.
        /// </summary>
        public TitleResolution NeedsReview(IEnumerable<Profile> profiles, decimal score, string reason, string because)
        {
            var candidates = Rank(profiles, score, reason);
            return Build(candidates.Count == 0 ? ResolutionState.NoMatch : ResolutionState.NeedsReview, null, 0m, candidates, because);
        }

        /// <summary>The canon does not answer this title; the closest profiles, when there are any, are listed as such.</summary>
        public TitleResolution NoMatch(string because, IEnumerable<Profile>? closest = null, string? reason = null) =>
            Build(ResolutionState.NoMatch, null, 0m, closest is null ? [] : Rank(closest, 0.2m, reason ?? "closest"), because);

        private TitleResolution Build(ResolutionState state, Profile? match, decimal confidence, IReadOnlyList<Candidate> candidates, string? because)
        {
            var evidence = resolver.EvidenceText(text, matches, match);
            if (because is not null)
            {
                evidence = evidence.Length == 0 ? because : $"{evidence}. {because}";
            }

            return new TitleResolution(
                query, state, match, Math.Round(Math.Clamp(confidence, 0m, 1m), 2, MidpointRounding.AwayFromZero), evidence, candidates, namedLevel)
            {
                OnlyLevelNamed = onlyLevelNamed,
            };
        }

        /// <summary>Splits the score over the candidates; ties keep canon order; at most <see cref="MaxCandidates"/>.</summary>
        private static List<Candidate> Rank(IEnumerable<Profile> profiles, decimal score, string reason)
        {
            var distinct = profiles.Distinct(SameProfile).ToList();
            if (distinct.Count == 0)
            {
                return [];
            }

            var each = Math.Max(0.01m, Math.Round(score / distinct.Count, 2, MidpointRounding.AwayFromZero));
            return distinct.Take(MaxCandidates).Select(p => new Candidate(p, each, reason)).ToList();
        }
    }
}
