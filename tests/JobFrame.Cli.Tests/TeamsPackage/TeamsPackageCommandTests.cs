using System.IO.Compression;
using System.Text.Json.Nodes;
using JobFrame.Cli.TeamsPackage;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>`jobframe teams-package`: the zip Teams accepts, unzipped and checked.</summary>
public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "6F3C2B1E-8D4A-4C7B-9E21-5A0D7C3B9F10";
    private const string Host = "JobFrame.Contoso.com";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobframe-teams-package-");

    [Fact]
    public async Task TeamsPackage_ManifestHasTheAppIdAndHostAndValidatesAgainstTheSchema()
    {
        using var zip = Package();

        var entry = zip.GetEntry("manifest.json")!;
        var extracted = Path.Combine(_folder.FullName, "manifest.json");
        entry.ExtractToFile(extracted);
        var manifest = JsonNode.Parse(File.ReadAllText(extracted))!;
        Assert.Equal(AppId.ToLowerInvariant(), manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId.ToLowerInvariant(), manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(["jobframe.contoso.com"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("https://jobframe.contoso.com/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://jobframe.contoso.com/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        var (valid, output) = await ManifestSchemaCheck.ValidateAsync(extracted);
        Assert.True(valid, output);
    }

    [Fact]
    public void TeamsPackage_HoldsExactlyTheManifestAndTheTwoIconsAtItsRoot()
    {
        using var zip = Package();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TeamsPackage_ColorIconIs192Square()
    {
        using var zip = Package();

        Assert.Equal((192, 192), PngPixels.Dimensions(Read(zip, "color.png")));
    }

    [Fact]
    public void TeamsPackage_OutlineIconIs32SquareAndWhiteOnTransparent()
    {
        using var zip = Package();
        var png = Read(zip, "outline.png");

        Assert.Equal((32, 32), PngPixels.Dimensions(png));
        var rgba = PngPixels.Rgba(png, 32, 32);
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => (R: rgba[i * 4], G: rgba[(i * 4) + 1], B: rgba[(i * 4) + 2], A: rgba[(i * 4) + 3])).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p is { R: 255, G: 255, B: 255, A: 255 }), $"pixel {p} is neither transparent nor white"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void TeamsPackage_IconsAreTheCommittedFilesByteForByte(string icon)
    {
        using var zip = Package();

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsManifests, icon)), Read(zip, icon));
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--host", "jobframe.contoso.com")]
    [InlineData("--app-id", AppId, "--host", "https://jobframe.contoso.com/")]
    [InlineData("--host", "jobframe.contoso.com")]
    public void TeamsPackage_WithoutAValidAppIdOrHost_IsAUsageErrorAndWritesNothing(params string[] options)
    {
        var output = Path.Combine(_folder.FullName, "refused.zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApplication.Run(["teams-package", .. options, "--out", output], stdout, stderr);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("teams-package needs", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private ZipArchive Package()
    {
        var output = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApplication.Run(["teams-package", "--app-id", AppId, "--host", Host, "--out", output], stdout, stderr);

        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        return ZipFile.OpenRead(output);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
