using System.Text.Json.Nodes;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>The committed Teams manifest and icons: valid against the 1.29 schema, and icons of the sizes and colours Teams asks for.</summary>
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
    public void CommittedColorIcon_Is192SquareWhiteBarsOnTheManifestAccentColour()
    {
        var accent = Convert.FromHexString(JsonNode.Parse(File.ReadAllText(ManifestPath))!["accentColor"]!.GetValue<string>().TrimStart('#'));
        var pixels = Pixels("color.png", 192);

        Assert.All(pixels, p => Assert.True(
            p is { R: 255, G: 255, B: 255, A: 255 } || (p.R == accent[0] && p.G == accent[1] && p.B == accent[2] && p.A == 255),
            $"pixel {p} is neither white nor the accent colour"));
        Assert.Contains(pixels, p => p.R == 255 && p.G == 255 && p.B == 255);
        Assert.Equal((accent[0], accent[1], accent[2], (byte)255), pixels[0]);
    }

    // outline.png (32×32, white on transparent) is checked in the package, which carries the committed file byte for byte.
    private static List<(byte R, byte G, byte B, byte A)> Pixels(string icon, int size)
    {
        var png = File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsManifests, icon));
        Assert.Equal((size, size), PngPixels.Dimensions(png));
        var rgba = PngPixels.Rgba(png, size, size);
        return [.. Enumerable.Range(0, size * size).Select(i => (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]))];
    }
}
