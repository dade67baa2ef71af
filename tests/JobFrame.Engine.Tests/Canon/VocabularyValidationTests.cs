using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Canon;

/// <summary>
/// Each validation rule of the vocabulary and organisation files, with the file and line it must name. What clashes
/// with canon data, or points at a level or family this canon lacks, is a warning and the term is ignored: the
/// vocabulary advises, it never stops a canon from loading. Canon facts that collide are warnings too.
/// </summary>
public sealed class VocabularyValidationTests
{
    [Fact]
    public void Load_LevelTermWithoutLevel_IsMissingRequiredFieldAtItsLine()
    {
        using var canon = new TempCanon().Write("vocabulary/levels.yaml", "level_terms:\n  - { term: Senior, level: P3, source: level name }\n  - { term: Mid, source: abbreviation }\n");

        var errors = LoadErrors(canon);

        Assert.Equal("vocabulary/levels.yaml:3: missing required field 'level'", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Load_LevelTermPointingAtAnUnknownLevel_IsIgnoredWithAWarningNamingTheLevel()
    {
        using var canon = new TempCanon().Write("vocabulary/levels.yaml", "level_terms:\n\n  - { term: Grand, level: P9, source: level name }\n");

        var loaded = CanonLoader.Load(canon.Path);

        var warning = Assert.Single(loaded.Warnings);
        Assert.Equal(("vocabulary/levels.yaml", 3), (warning.File, warning.Line));
        Assert.Equal("level term 'Grand' is ignored: it points at level 'P9', which is neither in levels.yaml nor on any family's track", warning.Problem);
        var result = loaded.Resolver.Resolve("Grand Widget Engineer");
        Assert.NotEqual(ResolutionState.Confident, result.State);
        Assert.StartsWith("'Grand' → not a word the canon or its vocabulary knows", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FamilyTermPointingAtAnUnknownFamily_IsIgnoredWithAWarningNamingTheTarget()
    {
        using var canon = new TempCanon().Write("vocabulary/families.yaml", "family_terms:\n  - { term: Widgets, targets: [ROLEA, NOPE], source: stem }\n");

        var warning = Assert.Single(CanonLoader.Load(canon.Path).Warnings);

        Assert.Equal(("vocabulary/families.yaml", 2), (warning.File, warning.Line));
        Assert.Contains("'NOPE', which is neither a family code nor a taxonomy function code", warning.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OrganisationTitlePointingAtAnUnknownProfile_NamesTheProfile()
    {
        using var canon = new TempCanon().Write(
            "organisation/acme.yaml",
            "organisation:\n  name: Acme\n  titles:\n    - { title: Widgeteer, profile: ROLEA.GEN.P3 }\n    - { title: Gizmoteer, profile: ROLEZ.GEN.P3 }\n");

        var error = Assert.Single(LoadErrors(canon));

        Assert.Equal(("organisation/acme.yaml", 5), (error.File, error.Line));
        Assert.Equal("organisation title 'Gizmoteer' points at profile 'ROLEZ.GEN.P3', which is not in the canon", error.Problem);
    }

    [Fact]
    public void Load_DuplicateLadderCodeForAnotherLevel_NamesBothLines()
    {
        using var canon = new TempCanon().Write(
            "organisation/acme.yaml",
            "organisation:\n  name: Acme\n  ladder:\n    - { code: IC3, level: P3 }\n    - { code: ic3, level: P2 }\n");

        var error = Assert.Single(LoadErrors(canon));

        Assert.Equal(("organisation/acme.yaml", 5), (error.File, error.Line));
        Assert.Equal("'ic3' (normalised 'ic 3') would mean level P2, but it already means level P3 (organisation/acme.yaml:4)", error.Problem);
    }

    [Fact]
    public void Load_TwoCanonAliasesIdenticalAfterNormalisationForDifferentProfiles_LoadsAndAsksWhichOne()
    {
        using var canon = new TempCanon().Write(
            "roles/ROLEB.GEN.P3.yaml", TempCanon.Role("ROLEB.GEN.P3", "Experienced Gadget Engineer", "Gadget Engineer", "WIDGET-iii"));

        var loaded = CanonLoader.Load(canon.Path);

        var warning = Assert.Single(loaded.Warnings);
        Assert.Equal(("roles/ROLEB.GEN.P3.yaml", 8), (warning.File, warning.Line));
        Assert.Equal(
            "'WIDGET-iii' (normalised 'widget iii') means profile ROLEB.GEN.P3 and also profile ROLEA.GEN.P3 (roles/ROLEA.GEN.P3.yaml:8): a question naming it is answered with candidates",
            warning.Problem);
        var result = loaded.Resolver.Resolve("Widget III");
        Assert.Equal(ResolutionState.NeedsReview, result.State);
        Assert.Equal(["ROLEA.GEN.P3", "ROLEB.GEN.P3"], result.Candidates.Select(c => c.Profile.Code));
    }

    [Fact]
    public void Load_VocabularyWordThatIsAlsoACanonAlias_IsIgnoredWithAWarningAtTheVocabularyLine()
    {
        using var canon = new TempCanon().Write("vocabulary/roles.yaml", "uncovered_roles:\n  - { term: Widget III, source: nearby role }\n");

        var loaded = CanonLoader.Load(canon.Path);

        var warning = Assert.Single(loaded.Warnings);
        Assert.Equal(("vocabulary/roles.yaml", 2), (warning.File, warning.Line));
        Assert.Contains("is ignored", warning.Problem, StringComparison.Ordinal);
        Assert.Equal("ROLEA.GEN.P3", loaded.Resolver.Resolve("Widget III").Match?.Code);
    }

    [Fact]
    public void Load_VocabularyLevelTermThatIsACanonLevelName_IsIgnoredAndTheCanonLevelWins()
    {
        using var canon = new TempCanon().Write("vocabulary/levels.yaml", "level_terms:\n  - { term: mid-level professional, level: P2, source: wrong }\n");

        var loaded = CanonLoader.Load(canon.Path);

        var warning = Assert.Single(loaded.Warnings);
        Assert.Equal(("vocabulary/levels.yaml", 2), (warning.File, warning.Line));
        Assert.Equal("P3", loaded.Resolver.Resolve("Mid-Level Professional").NamedLevel?.Code);
    }

    [Fact]
    public void Load_DuplicateProfileCode_IsAnError()
    {
        using var canon = new TempCanon().Write(
            "roles/copy.yaml", TempCanon.Role("ROLEA.GEN.P3", "Experienced Widget Engineer", "Widget Engineer", "Widget 3"));

        var errors = LoadErrors(canon);

        Assert.Contains(errors, e => e.File == "roles/copy.yaml" && e.Problem.StartsWith("duplicate profile code 'ROLEA.GEN.P3'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OrganisationTables_ResolveTheirTitlesAndLadderCodes()
    {
        using var canon = new TempCanon()
            .Write("vocabulary/families.yaml", "family_terms:\n  - { term: Widget, targets: [ROLEA], source: stem }\n")
            .Write("organisation/acme.yaml", "organisation:\n  name: Acme\n  ladder:\n    - { code: W3, level: P3 }\n  titles:\n    - { title: Widgeteer, profile: ROLEA.GEN.P3 }\n");

        var resolver = CanonLoader.Load(canon.Path).Resolver;

        Assert.Equal("'widgeteer' → ROLEA.GEN.P3 Experienced Widget Engineer (organisation title: Acme)", resolver.Resolve("widgeteer").Evidence);
        Assert.Equal("ROLEA.GEN.P3", resolver.Resolve("W3 Widget").Match?.Code);
    }

    private static IReadOnlyList<CanonError> LoadErrors(TempCanon canon) =>
        Assert.Throws<CanonLoadException>(() => CanonLoader.Load(canon.Path)).Errors;
}
