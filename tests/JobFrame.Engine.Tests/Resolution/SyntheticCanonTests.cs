using JobFrame.Benchmarks;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Resolution;

public sealed class SyntheticCanonTests
{
    private static readonly CanonSnapshot Canon = SyntheticCanonFactory.Create(families: 1000, aliases: 100_000);

    [Fact]
    public void Create_InMemoryCanonAtBenchmarkScale_IndexesEveryAlias()
    {
        Assert.Equal(7000, Canon.Profiles.Count);
        Assert.True(Canon.Resolver.PhraseCount > 100_000, $"only {Canon.Resolver.PhraseCount} phrases");
    }

    [Theory]
    [InlineData("Senior Field617 Engineer", "FAM.F0617.P4")]
    [InlineData("field42 engineer p6", "FAM.F0042.P6")]
    [InlineData("FAM.F0999.P1", "FAM.F0999.P1")]
    [InlineData("Field3 Variant10 Specialist", "FAM.F0003.P4")]
    public void Resolve_InMemoryCanon_FindsTheProfile(string query, string code)
    {
        var result = Canon.Resolver.Resolve(query);

        Assert.Equal(ResolutionState.Confident, result.State);
        Assert.Equal(code, result.Match?.Code);
    }

    [Fact]
    public void Resolve_InMemoryCanonFamilyWithoutLevel_OffersItsSevenLevels()
    {
        var result = Canon.Resolver.Resolve("Field5 Engineer");

        Assert.Equal(ResolutionState.NeedsReview, result.State);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"FAM.F0005.P{i}"), result.Candidates.Select(c => c.Profile.Code));
    }

    [Fact]
    public void NoMatch_InALargeCanon_ListsTheFirstFamiliesAndCountsTheRest()
    {
        var answer = Assert.IsType<JobFrame.Engine.Answers.NoMatchAnswer>(
            new JobFrame.Engine.Answers.JobFrameEngine(new FixedCanonSource(Canon)).Ask("goals for Head of Quantum Gardening"));

        Assert.Equal(JobFrame.Engine.Answers.CanonCoverage.ShownEntries, answer.Coverage.Entries.Count);
        Assert.Equal(980, answer.Coverage.More);
        Assert.Contains("… and 980 more families and roles", JobFrame.Engine.Rendering.PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InMemoryCollision_ThrowsWithBothPlaces()
    {
        var canon = SyntheticCanonFactory.Create(families: 2, aliases: 0);
        var clash = canon.Vocabulary with { FillerWords = [new VocabularyWord("field1", "filler", new SourceLocation("memory", 7))] };

        var error = Assert.Throws<CanonLoadException>(() => TitleResolver.Create(canon.Levels, canon.Profiles, clash));

        Assert.Equal("memory:7: 'field1' (normalised 'field 1') would mean a filler word, but it already means family FAM.F0001 (memory:1)", error.Errors.Single().ToString());
    }
}
