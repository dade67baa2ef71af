using JobFrame.Benchmarks;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Resolution;

public sealed class SyntheticCanonTests
{
    private static readonly CanonSnapshot Canon = SyntheticCanonFactory.Create(families: 1000, aliases: 100_000);

    [Fact]
    public void Create_InMemoryCanonAtBenchmarkScale_IndexesEveryAlias()
    {
        Assert.Equal(10_000, Canon.Profiles.Count);
        Assert.Equal(1000, Canon.Families.Count);
        Assert.True(Canon.Resolver.PhraseCount > 100_000, $"only {Canon.Resolver.PhraseCount} phrases");
    }

    [Fact]
    public void Create_InMemoryCanonAtBenchmarkScale_HasThousandsOfRepeatedTitlesAsWarnings()
    {
        var repeated = Canon.Roles.GroupBy(r => r.Title).Where(g => g.Count() > 1).Sum(g => g.Count());

        Assert.True(repeated >= 3000, $"only {repeated} roles share a title");
        Assert.Contains(Canon.Families, f => f.Track.Contains("M2"));
        Assert.Contains(Canon.Roles, r => r.Title == "Senior Manager");
        Assert.True(Canon.Warnings.Count >= repeated - SyntheticCanonShape.RoleTitles.Length, $"{Canon.Warnings.Count} warnings");
        Assert.Contains(Canon.Warnings, w => w.Problem.Contains("'Vice President'", StringComparison.Ordinal));
        Assert.Contains(Canon.Warnings, w => w.Problem.Contains("'Senior Manager'", StringComparison.Ordinal) && w.Problem.Contains("level M3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Senior Manager")]
    [InlineData("Account Manager")]
    [InlineData("Function12 Advisor")]
    public void Resolve_SharedTitleAtScale_AsksWithAtMostTenCandidatesOrNarrowsByFunction(string query)
    {
        var result = Canon.Resolver.Resolve(query);

        if (query.StartsWith("Function", StringComparison.Ordinal))
        {
            Assert.Equal(ResolutionState.Confident, result.State);
            Assert.Equal("FN012", result.Match!.FamilyKey);
            return;
        }

        Assert.Equal(ResolutionState.NeedsReview, result.State);
        Assert.Equal(TitleResolver.MaxCandidates, result.Candidates.Count);
        Assert.True(result.Evidence.Length < 1000, result.Evidence);
    }

    [Theory]
    [InlineData("M2", "M2")]
    [InlineData("Field4 Engineer M3", "M3")]
    [InlineData("Field4 Engineer P3", "P3")]
    public void Resolve_LevelCodesAtScale_AreExact(string query, string level) =>
        Assert.Equal(level, Canon.Resolver.Resolve(query).NamedLevel?.Code);

    [Fact]
    public void Write_TheSyntheticCanonOnDisk_LoadsWithTheSameCollisionsAsWarnings()
    {
        var directory = Directory.CreateTempSubdirectory("synthetic-canon-").FullName;
        try
        {
            SyntheticCanonWriter.Write(directory, families: 50, aliases: 500);

            var loaded = CanonLoader.Load(directory);

            Assert.Equal((50, SyntheticCanonShape.Functions * SyntheticCanonShape.RolesPerFunction), (loaded.Families.Count, loaded.Roles.Count));
            Assert.Contains(loaded.Warnings, w => w.Problem.Contains("'Manager'", StringComparison.Ordinal));
            Assert.Equal(ResolutionState.NeedsReview, loaded.Resolver.Resolve("Senior Manager").State);
            Assert.Equal("FAM.F0004.M2", loaded.Resolver.Resolve("Field4 Engineer M2").Match?.Code);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("Senior Field617 Engineer", "FAM.F0617.P4")]
    [InlineData("field42 engineer p6", "FAM.F0042.P6")]
    [InlineData("FAM.F0998.P1", "FAM.F0998.P1")]
    [InlineData("FAM.F0999.M1", "FAM.F0999.M1")]
    [InlineData("Field999 Engineer M2", "FAM.F0999.M2")]
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
        Assert.Equal(4580, answer.Coverage.More);
        Assert.Contains("… and 4580 more families and roles", JobFrame.Engine.Rendering.PlainTextRenderer.Render(answer), StringComparison.Ordinal);
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
