using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Tests.Canon;

public sealed class CanonLoaderTests
{
    [Fact]
    public void Load_BundledCanon_HasTheThreeProfilesOfTheSeeds()
    {
        var canon = CanonLoader.Load(CanonFolders.BundledCanon);

        Assert.Equal(
            ["DATASC.AIMACHIN97C0.P2", "DATASC.AIMACHIN97C0.P4", "AIMLAM.GEN.P3"],
            canon.Profiles.Select(p => p.Code));
        Assert.Equal(["P2", "P3", "P4"], canon.Levels.Select(l => l.Code));
    }

    [Fact]
    public void Load_P4_HeaderLineIsTheSeedsLine()
    {
        var p4 = CanonLoader.Load(CanonFolders.BundledCanon).FindProfile("datasc.aimachin97c0.p4")!;

        Assert.Equal("AI / Machine Learning Engineering — P4", p4.Title);
        Assert.Equal("Data Science & Analytics · AI / Machine Learning Engineering · P4 — Senior Professional", p4.HeaderLine);
        Assert.Equal(5, p4.FamilyLevel!.Responsibilities.Count);
        Assert.Equal(6, p4.Level.Bars.Count);
    }

    [Fact]
    public void Load_TaxonomyRole_CarriesItsAliasesAndComponents()
    {
        var role = CanonLoader.Load(CanonFolders.BundledCanon).FindProfile("AIMLAM.GEN.P3")!.Role!;

        Assert.Equal(10, role.TitleAliases.Count);
        Assert.Equal("medium 0.70", role.TitleAliases[0].Confidence.ToString());
        Assert.Equal(8, role.ComponentItems("Responsibilities").Count);
        Assert.Equal("Artificial Intelligence / Machine Learning (AI/ML) Engineer · General · P3 — Mid-Level Professional",
            CanonLoader.Load(CanonFolders.BundledCanon).FindProfile("AIMLAM.GEN.P3")!.HeaderLine);
    }

    [Fact]
    public void Load_UnknownField_NamesFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("canon-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "canon.yaml"), "name: t\nversion: \"1\"\n");
            File.WriteAllText(Path.Combine(dir.FullName, "levels.yaml"), "levels:\n  - code: P2\n    nmae: Developing Professional\n");

            var error = Assert.Throws<CanonLoadException>(() => CanonLoader.Load(dir.FullName));

            Assert.Contains(error.Errors, e => e.File == "levels.yaml" && e.Line == 3 && e.Problem.Contains("unknown field 'nmae'", StringComparison.Ordinal));
            Assert.Contains(error.Errors, e => e.File == "levels.yaml" && e.Line == 2 && e.Problem.Contains("missing required field 'name'", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
