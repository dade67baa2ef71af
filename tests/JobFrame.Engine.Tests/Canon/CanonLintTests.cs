using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Canon;

/// <summary>Walks the shipped canon and its vocabulary: every alias reaches a profile, every target exists, nothing collides.</summary>
public sealed class CanonLintTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    [Fact]
    public void ShippedCanon_LoadsWithVocabularyAndOrganisationTables()
    {
        Assert.NotEmpty(Canon.Vocabulary.LevelTerms);
        Assert.NotEmpty(Canon.Vocabulary.FamilyTerms);
        Assert.Equal(["IC2", "IC3", "IC4"], Canon.Vocabulary.Organisations.Single().Ladder.Select(l => l.Code));
        Assert.All(Canon.Vocabulary.LevelTerms, t => Assert.StartsWith("vocabulary/", t.Location.File, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCanonTitleAlias_ResolvesConfidentlyToItsOwnRole()
    {
        foreach (var profile in Canon.Profiles.Where(p => p.Role is not null))
        {
            foreach (var alias in profile.Role!.TitleAliases)
            {
                var result = Canon.Resolver.Resolve(alias.Alias);

                Assert.True(result.Match == profile, $"'{alias.Alias}' resolved {result.State} {result.Match?.Code}: {result.Evidence}");
            }
        }
    }

    [Fact]
    public void EveryProfileCodeAndTitle_ResolvesConfidentlyToItself()
    {
        foreach (var profile in Canon.Profiles)
        {
            Assert.Same(profile, Canon.Resolver.Resolve(profile.Code).Match);
            Assert.Same(profile, Canon.Resolver.Resolve(profile.Title).Match);
        }
    }

    [Fact]
    public void EveryFamilyTerm_ReachesProfilesOfItsTargetsOnly()
    {
        foreach (var term in Canon.Vocabulary.FamilyTerms)
        {
            var result = Canon.Resolver.Resolve(term.Term);

            Assert.True(result.Candidates.Count > 0, $"'{term.Term}' reaches no profile: {result.Evidence}");
            Assert.All(result.Candidates, c => Assert.Contains(c.Profile.FamilyKey, term.Targets));
        }
    }

    [Fact]
    public void EveryLevelTerm_NamesItsLevelOrAnswersNoMatchWhenTheCanonLacksIt()
    {
        foreach (var term in Canon.Vocabulary.LevelTerms)
        {
            var result = Canon.Resolver.Resolve(term.Term + " ML Engineer");

            if (Canon.FindLevel(term.LevelCode) is { } level)
            {
                // A loose word ("Junior", "Lead") does not name its level surely; its candidates still stay at that level.
                var named = term.Score >= TitleResolver.ConfidentThreshold ? level : null;
                Assert.True(result.NamedLevel == named, $"'{term.Term}' named {result.NamedLevel?.Code}, not {named?.Code}");
                Assert.All(result.Candidates, c => Assert.Equal(level, c.Profile.Level));
            }
            else
            {
                Assert.True(result.State == ResolutionState.NoMatch && result.Candidates.Count == 0, $"'{term.Term}' gave {result.State}");
            }
        }
    }

    [Fact]
    public void EveryLadderCode_NamesItsLevel()
    {
        foreach (var code in Canon.Vocabulary.Organisations.SelectMany(o => o.Ladder))
        {
            Assert.Equal(code.LevelCode, Canon.Resolver.Resolve(code.Code).NamedLevel?.Code);
        }
    }

    [Fact]
    public void NoWordAboveTheCanonsLevelsOrOutsideItsRoles_IsEverAnswered()
    {
        var refusals = Canon.Vocabulary.LevelsNotInCanon.Concat(Canon.Vocabulary.UncoveredRoles);

        Assert.All(refusals, word => Assert.Equal(ResolutionState.NoMatch, Canon.Resolver.Resolve($"Senior {word.Term} ML Engineer").State));
    }

    [Fact]
    public void NoTwoPhrases_MeanDifferentThingsAfterNormalisation()
    {
        var meanings = new List<(string Phrase, string Meaning)>();
        meanings.AddRange(Canon.Profiles.SelectMany(p => (p.Role?.TitleAliases ?? []).Select(a => (a.Alias, "profile " + p.Code))));
        meanings.AddRange(Canon.Vocabulary.LevelTerms.Select(t => (t.Term, "level " + t.LevelCode)));
        meanings.AddRange(Canon.Vocabulary.FamilyTerms.Select(t => (t.Term, "family " + string.Join(",", t.Targets))));
        meanings.AddRange(Canon.Vocabulary.LevelsNotInCanon.Select(t => (t.Term, "no level")));
        meanings.AddRange(Canon.Vocabulary.RoleNouns.Select(t => (t.Term, "role noun")));
        meanings.AddRange(Canon.Vocabulary.UncoveredRoles.Select(t => (t.Term, "uncovered role")));
        meanings.AddRange(Canon.Vocabulary.FillerWords.Select(t => (t.Term, "filler")));
        meanings.AddRange(Canon.Vocabulary.Organisations.SelectMany(o => o.Ladder).Select(l => (l.Code, "level " + l.LevelCode)));

        var collisions = meanings
            .GroupBy(m => string.Join(' ', TitleText.Tokens(m.Phrase)), StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Meaning).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(collisions);
    }
}
