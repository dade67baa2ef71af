using System.Text.Json.Nodes;
using JobFrame.Cli.TeamsPackage;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>The committed Teams manifest and icons: valid against the 1.29 schema, and the icons the painter draws.</summary>
public sealed class TeamsManifestTests
{
    private static readonly string ManifestPath = Path.Combine(RepositoryPaths.TeamsManifests, "manifest.json");

    [Fact]
    public async Task CommittedManifest_ValidatesAgainstTheTeams129Schema()
    {
        var (valid, output) = await ManifestSchemaCheck.ValidateAsync(ManifestPath);

        Assert.True(valid, output);
    }

    [Fact]
    public void CommittedManifest_Bot_SupportsFilesForExportsInPersonalChats()
    {
        var bot = Assert.Single(JsonNode.Parse(File.ReadAllText(ManifestPath))!["bots"]!.AsArray())!;

        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
        Assert.Contains("personal", bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void CommittedIcons_AreExactlyWhatThePainterDraws()
    {
        Assert.Equal(TeamsIcons.Color(), File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsManifests, "color.png")));
        Assert.Equal(TeamsIcons.Outline(), File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsManifests, "outline.png")));
    }
}
