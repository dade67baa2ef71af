using FsCheck;
using FsCheck.Fluent;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Resolution;

/// <summary>Invariants over titles assembled at random from the vocabulary, canon words, noise and punctuation.</summary>
public sealed class TitleResolverProperties
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    private static readonly string[] Refusals =
        Canon.Vocabulary.LevelsNotInCanon.Concat(Canon.Vocabulary.UncoveredRoles).Select(w => w.Term).ToArray();

    private static readonly string[] Words =
        Canon.Vocabulary.LevelTerms.Select(t => t.Term)
            .Concat(Canon.Vocabulary.FamilyTerms.Select(t => t.Term))
            .Concat(Canon.Vocabulary.RoleNouns.Select(t => t.Term))
            .Concat(Canon.Vocabulary.FillerWords.Select(t => t.Term))
            .Concat(Canon.Profiles.Select(p => p.Code))
            .Concat(Refusals)
            .Concat(["P2", "P3", "P4", "P5", "IC3", "Platform", "xyz", "Ⅲ", "ＭＬ", ".", "-", "/", "(", "  "])
            .ToArray();

    private static Arbitrary<string[]> Titles =>
        Gen.Elements(Words).ArrayOf().Select(words => words.Take(12).ToArray()).ToArbitrary();

    [Fact]
    public void Resolve_AnyTitle_KeepsTheThreeStatesHonest()
    {
        Prop.ForAll(Titles, words =>
        {
            var result = Canon.Resolver.Resolve(string.Join(' ', words));

            return (result.Match is not null) == (result.State == ResolutionState.Confident)
                && (result.State != ResolutionState.Confident || result.Confidence >= TitleResolver.ConfidentThreshold)
                && (result.State != ResolutionState.NeedsReview || result.Candidates.Count > 0)
                && result.Evidence.Length > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Resolve_TitleWithALevelOrRoleTheCanonLacks_IsNeverConfident()
    {
        Prop.ForAll(Titles, Gen.Elements(Refusals).ToArbitrary(), (words, refusal) =>
        {
            var result = Canon.Resolver.Resolve(string.Join(' ', words.Append(refusal)));

            return result.State == ResolutionState.NoMatch;
        }).QuickCheckThrowOnFailure();
    }
}
