using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Resolution;

public sealed class TitleResolverTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    [Theory]
    [MemberData(nameof(ResolutionTable.Queries), MemberType = typeof(ResolutionTable))]
    public void Resolve_Query_GivesExpectedStateAndProfile(string query, ResolutionState state, string? code)
    {
        var result = Canon.Resolver.Resolve(query);

        Assert.Equal(state, result.State);
        var shown = state == ResolutionState.Confident ? result.Match?.Code : result.Candidates.FirstOrDefault()?.Profile.Code;
        Assert.Equal(code, shown);
        if (state != ResolutionState.Confident)
        {
            Assert.Null(result.Match);
        }
    }

    [Fact]
    public void Resolve_SeniorMlEngineer_IsP4WithEvidenceInWords()
    {
        var result = Canon.Resolver.Resolve("Senior ML Engineer");

        Assert.Equal("DATASC.AIMACHIN97C0.P4", result.Match?.Code);
        Assert.Equal(
            "'Senior' → P4 Senior Professional (level name); 'ML Engineer' → AI / Machine Learning Engineering (family term)",
            result.Evidence);
        Assert.InRange(result.Confidence, TitleResolver.ConfidentThreshold, 1m);
    }

    [Fact]
    public void Resolve_CompanyLadderTitle_SaysTheMappingIsTheOrganisations()
    {
        var result = Canon.Resolver.Resolve("IC3 Machine Learning Engineer");

        Assert.Equal(
            "'IC3' → P3 Mid-Level Professional (organisation ladder: Example company ladder); "
            + "'Machine Learning Engineer' → Artificial Intelligence / Machine Learning (AI/ML) Engineer (family term)",
            result.Evidence);
    }

    [Fact]
    public void Resolve_CanonAlias_CitesTheAliasAndItsCanonConfidence()
    {
        var result = Canon.Resolver.Resolve("Machine Learning 3");

        Assert.Equal("'Machine Learning 3' → AIMLAM.GEN.P3 Experienced AI/ML Engineer (canon title alias, medium 0.66)", result.Evidence);
        Assert.Equal(0.66m, result.Confidence);
    }

    [Fact]
    public void Resolve_StaffMlEngineer_NamesP7WhichTheBundleHasNoDataFor()
    {
        var result = Canon.Resolver.Resolve("Staff ML Engineer");

        Assert.Equal(ResolutionState.NoMatch, result.State);
        Assert.StartsWith("'Staff' → P7 Staff / Distinguished Professional, a canon level this bundle has no data for (level name)", result.Evidence, StringComparison.Ordinal);
        Assert.EndsWith("The canon has no P7 profile for AI / Machine Learning Engineering, Artificial Intelligence / Machine Learning (AI/ML) Engineer, and a title is never answered with a different level.", result.Evidence, StringComparison.Ordinal);
        Assert.Empty(result.Candidates);
        Assert.Equal("P7", result.NamedLevel?.Code);
    }

    [Fact]
    public void Resolve_MlEngineerWithoutLevel_OffersP2P4AndP3InCanonOrder()
    {
        var result = Canon.Resolver.Resolve("ML Engineer");

        Assert.Equal(ResolutionState.NeedsReview, result.State);
        Assert.Equal(
            ["DATASC.AIMACHIN97C0.P2", "DATASC.AIMACHIN97C0.P4", "AIMLAM.GEN.P3"],
            result.Candidates.Select(c => c.Profile.Code));
        Assert.All(result.Candidates, c => Assert.InRange(c.Confidence, 0.01m, 0.5m));
        Assert.EndsWith("No level was named.", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NearbyScientistTitle_OffersTheClosestProfileWithoutAnsweringIt()
    {
        var result = Canon.Resolver.Resolve("Senior Machine Learning Scientist");

        Assert.Null(result.Match);
        Assert.Contains("'Scientist' → a role the canon does not cover (nearby role)", result.Evidence, StringComparison.Ordinal);
        Assert.StartsWith("nearby", result.Candidates.Single().Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P3", "P3")]
    [InlineData("Senior", "P4")]
    [InlineData("level 3", "P3")]
    [InlineData("Mid-Level Professional", "P3")]
    [InlineData("IC2", "P2")]
    [InlineData("Senior Engineer", "P4")]
    public void Resolve_LevelWithoutFamily_NamesTheLevel(string query, string level)
    {
        var result = Canon.Resolver.Resolve(query);

        Assert.Equal(level, result.NamedLevel?.Code);
        Assert.Null(result.Match);
    }

    [Fact]
    public void Resolve_UnknownWord_IsNamedInTheEvidence()
    {
        var result = Canon.Resolver.Resolve("Senior ML Platform Engineer");

        Assert.Contains("'Platform' → not a word the canon or its vocabulary knows", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InputOverTheLimit_IsNotRead()
    {
        var result = Canon.Resolver.Resolve(new string('a', TitleResolver.MaxQueryLength + 1));

        Assert.Equal(ResolutionState.NoMatch, result.State);
        Assert.Contains("longer than 500 characters", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_LongNoiseWithinTheLimit_IsAnsweredWithoutAMatch()
    {
        var noise = string.Join(' ', Enumerable.Range(0, 120).Select(i => "w" + i));

        var result = Canon.Resolver.Resolve(noise[..Math.Min(noise.Length, TitleResolver.MaxQueryLength)]);

        Assert.Equal(ResolutionState.NoMatch, result.State);
    }

    [Fact]
    public void Resolve_TwoLevelsWithoutARole_OffersProfilesAtBothLevels()
    {
        var result = Canon.Resolver.Resolve("compare P3 and P4");

        Assert.Equal(ResolutionState.NeedsReview, result.State);
        Assert.Equal(["AIMLAM.GEN.P3", "DATASC.AIMACHIN97C0.P4"], result.Candidates.Select(c => c.Profile.Code));
        Assert.EndsWith("The title names more than one level (P3, P4).", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BrokenUnicode_IsReadAroundTheBrokenCharacter()
    {
        var result = Canon.Resolver.Resolve("Senior \uD800 ML Engineer");

        Assert.Equal("DATASC.AIMACHIN97C0.P4", result.Match?.Code);
    }

    [Fact]
    public void Resolve_EveryNeedsReviewInTheTable_HasCandidates()
    {
        foreach (var row in ResolutionTable.Queries)
        {
            var result = Canon.Resolver.Resolve((string)row[0]);

            Assert.True(result.State != ResolutionState.NeedsReview || result.Candidates.Count > 0, (string)row[0]);
        }
    }
}
