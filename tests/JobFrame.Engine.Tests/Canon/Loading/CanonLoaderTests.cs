using JobFrame.Engine.Canon.Loading;

namespace JobFrame.Engine.Tests.Canon.Loading;

public sealed class CanonLoaderTests
{
    [Fact]
    public void Load_BundledCanon_HasTheThreeProfilesOfTheSeeds()
    {
        var canon = CanonLoader.Load(CanonFolders.BundledCanon);

        Assert.Equal(
            ["DATASC.AIMACHIN97C0.P2", "DATASC.AIMACHIN97C0.P4", "AIMLAM.GEN.P3"],
            canon.Profiles.Select(p => p.Code));
        Assert.Equal(
            ["P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "P7", "P8", "M3", "M4", "M5", "M6", "S1", "S2", "S3", "S4", "E1", "E2", "E3", "E4", "E5", "E6"],
            canon.Levels.Select(l => l.Code));
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2"], canon.Levels.Where(l => l.HasData).Select(l => l.Code));
        Assert.All(canon.Levels.Where(l => l.HasData), l => Assert.Equal(6, l.Bars.Count));
        Assert.All(canon.Levels.Where(l => l.HasData), l => Assert.NotNull(l.Summary));
    }

    [Fact]
    public void Load_BundledCanon_P2AndP4CarryTheLaddersSummaryAndYears()
    {
        var canon = CanonLoader.Load(CanonFolders.BundledCanon);

        Assert.Equal(
            ("Early-career professional; developing skills, handles routine tasks with some independence", "1–3 yrs"),
            (canon.FindLevel("P2")!.Summary, canon.FindLevel("P2")!.TypicalExperience));
        Assert.Equal(
            ("Seasoned professional; handles complex tasks, may lead small teams or projects", "5–8 yrs"),
            (canon.FindLevel("P4")!.Summary, canon.FindLevel("P4")!.TypicalExperience));
    }

    [Fact]
    public void Load_BundledCanon_WarnsOnlyThatVicePresidentNamesTwoLevels()
    {
        var warning = Assert.Single(CanonLoader.Load(CanonFolders.BundledCanon).Warnings);

        Assert.Contains("'Vice President'", warning.Problem, StringComparison.Ordinal);
        Assert.Contains("level E3 and also level M6", warning.Problem, StringComparison.Ordinal);
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
