using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;

namespace JobFrame.Engine.Tests.Canon.Loading;

/// <summary>
/// The organisation file is read as a stream, one title at a time; it must still name every problem with its file and
/// line, exactly as the canon's other files do.
/// </summary>
public sealed class OrganisationFileTests
{
    private const string File = "organisation/acme.yaml";

    [Theory]
    [InlineData("organisation:\n  name: Acme\n  titles:\n    - { title: Widgeteer }\n", "organisation/acme.yaml:4: missing required field 'profile'")]
    [InlineData("organisation:\n  name: Acme\n  titles:\n    - { title: Widgeteer, profile: ROLEA.GEN.P3, team: X }\n", "organisation/acme.yaml:4: unknown field 'team' (expected one of: title, profile)")]
    [InlineData("organisation:\n  name: Acme\n  titles:\n    - Widgeteer\n", "organisation/acme.yaml:4: an entry of 'titles' must be a mapping of fields")]
    [InlineData("organisation:\n  name: Acme\n  titles: Widgeteer\n", "organisation/acme.yaml:3: field 'titles' must be a list")]
    [InlineData("organisation:\n  name: Acme\n  ladder:\n    - { code: W3 }\n", "organisation/acme.yaml:4: missing required field 'level'")]
    [InlineData("organisation:\n  titles: []\n", "organisation/acme.yaml:2: missing required field 'name'")]
    [InlineData("organisation:\n  name: ''\n", "organisation/acme.yaml:2: field 'name' must not be empty")]
    [InlineData("organisation:\n  name: Acme\n  owner: HR\n", "organisation/acme.yaml:3: unknown field 'owner' (expected one of: name, ladder, titles)")]
    [InlineData("organisation: Acme\n", "organisation/acme.yaml:1: 'organisation' must be a mapping of fields")]
    [InlineData("company:\n  name: Acme\n", "organisation/acme.yaml:1: unknown field 'company' (expected one of: organisation)")]
    [InlineData("- Acme\n", "organisation/acme.yaml:1: the file must hold one YAML mapping")]
    [InlineData("", "organisation/acme.yaml:1: the file must hold one YAML mapping")]
    public void Load_BrokenOrganisationFile_NamesFileLineAndProblem(string yaml, string expected)
    {
        using var canon = new TempCanon().Write(File, yaml);

        var errors = Assert.Throws<CanonLoadException>(() => CanonLoader.Load(canon.Path)).Errors;

        Assert.Contains(expected, errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_OrganisationFileThatIsNotYaml_SaysSoAtTheBrokenLine()
    {
        using var canon = new TempCanon().Write(File, "organisation:\n  name: Acme\n  titles:\n    - { title: Widgeteer, profile: ROLEA.GEN.P3 }\n    - { title: [unclosed\n");

        var error = Assert.Single(Assert.Throws<CanonLoadException>(() => CanonLoader.Load(canon.Path)).Errors);

        Assert.Equal(File, error.File);
        Assert.True(error.Line >= 5, $"line {error.Line}");
        Assert.StartsWith("not valid YAML: ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManyTitles_KeepsEachWithItsOwnLine()
    {
        var lines = Enumerable.Range(0, 500).Select(i => $"    - {{ title: Widgeteer {i}, profile: ROLEA.GEN.P3 }}\n");
        using var canon = new TempCanon().Write(File, "organisation:\n  name: Acme\n  titles:\n" + string.Concat(lines));

        var organisation = Assert.Single(CanonLoader.Load(canon.Path).Vocabulary.Organisations);

        Assert.Equal(500, organisation.Titles.Count);
        Assert.Equal(new SourceLocation(File, 4), organisation.Titles[0].Location);
        Assert.Equal(new SourceLocation(File, 503), organisation.Titles[499].Location);
        Assert.Equal("Widgeteer 499", organisation.Titles[499].Title);
        Assert.Equal(new SourceLocation(File, 2), organisation.Location); // where its fields start, as for every mapping
    }
}
