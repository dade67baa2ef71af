using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;
using JobFrame.Tests.Shared;

namespace JobFrame.Engine.Tests.Resolution;

/// <summary>The test canon of several functions loads with the shipped vocabulary and answers its own roles.</summary>
public sealed class SeveralFunctionsTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(TestCanons.SeveralFunctions);

    [Theory]
    [MemberData(nameof(SeveralFunctionsTable.Queries), MemberType = typeof(SeveralFunctionsTable))]
    public void Resolve_ManagersPhrasing_GivesExpectedStateProfileAndLevel(string query, ResolutionState state, string? code, string? level)
    {
        var result = Canon.Resolver.Resolve(query);

        Assert.True(state == result.State, $"'{query}': {result.State}, expected {state}. {result.Evidence}");
        var profile = result.Match?.Code ?? result.Candidates.FirstOrDefault()?.Profile.Code;
        Assert.True(code == profile, $"'{query}': {profile}, expected {code}. {result.Evidence}");
        Assert.True(level == result.NamedLevel?.Code, $"'{query}' named level {result.NamedLevel?.Code}, expected {level}. {result.Evidence}");
    }

    [Fact]
    public void Load_SharedTitlesAndLevelNameTitles_AreWarningsNotErrors()
    {
        var warnings = Canon.Warnings.Select(w => w.ToString()).ToList();

        Assert.Contains(warnings, w => w.StartsWith("roles/SALESM.GEN.P4.yaml:", StringComparison.Ordinal) && w.Contains("'Manager'", StringComparison.Ordinal)
            && w.Contains("means profile SALESM.GEN.P4 and also profile PRJMGT.GEN.P4", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'Senior Manager'", StringComparison.Ordinal) && w.Contains("level M3", StringComparison.Ordinal)
            && w.Contains("PRJMGT.SNR.P5", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("vocabulary/roles.yaml:", StringComparison.Ordinal)
            && w.Contains("uncovered role 'Manager' is ignored", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("vocabulary/families.yaml:", StringComparison.Ordinal)
            && w.Contains("DATASC.AIMACHIN97C0", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_SeniorManager_EvidenceNamesBothCanonMeanings()
    {
        var result = Canon.Resolver.Resolve("Senior Manager");

        Assert.Equal(
            "'Senior Manager' → more than one thing in the canon: M3 Senior Manager, a canon level this bundle has no data for (canon level name) or "
            + "PRJMGT.SNR.P5 Senior Manager (canon role title). In the canon 'Senior Manager' means level M3 and profile PRJMGT.SNR.P5.",
            result.Evidence);
    }

    [Fact]
    public void Resolve_TaxonomyRoleOnTheManagerTrack_HasNoInventedTrack()
    {
        var profile = Canon.FindProfile("OPSMGT.GEN.M2")!;

        Assert.Equal("M2", profile.Level.Code);
        Assert.Empty(profile.Track);
    }

    [Fact]
    public void Resolve_AnyQueryOfTheTable_NeverConfidentAtALevelTheTitleDidNotName()
    {
        foreach (var query in SeveralFunctionsTable.Queries.Select(row => (string)row[0]))
        {
            var result = Canon.Resolver.Resolve(query);
            if (result.Match is { } match && result.NamedLevel is { } level)
            {
                Assert.Equal(level, match.Level);
            }
        }
    }
}
