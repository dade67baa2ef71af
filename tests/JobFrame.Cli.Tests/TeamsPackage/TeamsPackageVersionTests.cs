using System.IO.Compression;
using System.Text.Json.Nodes;
using JobFrame.Cli.TeamsPackage;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>`jobframe teams-package --version`, `--previous` and the legal pages: what an admin publishing an update needs.</summary>
public sealed class TeamsPackageVersionTests : IDisposable
{
    private const string AppId = "6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobframe-teams-version-");

    [Fact]
    public void Version_IsWrittenIntoTheManifest()
    {
        var (exit, _, stderr) = Run("first.zip", "--version", "2.3.4");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("2.3.4", Manifest("first.zip")["version"]!.GetValue<string>());
    }

    [Fact]
    public void WithoutVersion_TheBundledManifestsVersionIsKept()
    {
        Run("first.zip");

        Assert.Equal("1.0.0", Manifest("first.zip")["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.0.10")]
    [InlineData("1.1.0")]
    [InlineData("2.0.0")]
    public void AHigherVersionThanThePreviousPackage_IsWritten(string version)
    {
        Run("previous.zip", "--version", "1.0.9");

        var (exit, stdout, _) = Run("next.zip", "--version", version, "--previous", Path.Combine(_folder.FullName, "previous.zip"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"version {version}", stdout, StringComparison.Ordinal);
        Assert.Equal(version, Manifest("next.zip")["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.0.9")]
    [InlineData("1.0.8")]
    [InlineData("0.9.99")]
    public void AVersionNotHigherThanThePreviousPackage_IsRefusedAndNothingIsWritten(string version)
    {
        Run("previous.zip", "--version", "1.0.9");

        var (exit, _, stderr) = Run("next.zip", "--version", version, "--previous", Path.Combine(_folder.FullName, "previous.zip"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("needs a --version higher than 1.0.9", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "next.zip")));
    }

    [Fact]
    public void ThePreviousPackagesManifestJson_IsAcceptedToo()
    {
        Run("previous.zip", "--version", "3.0.0");
        var manifest = Path.Combine(_folder.FullName, "manifest.json");
        File.WriteAllText(manifest, Manifest("previous.zip").ToJsonString());

        var (exit, _, stderr) = Run("next.zip", "--version", "3.0.0", "--previous", manifest);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("higher than 3.0.0", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherAppsPackageAsPrevious_IsRefused()
    {
        Run("previous.zip", "--version", "1.0.0");

        var (exit, _, stderr) = Run(
            "next.zip", "--version", "1.0.1", "--previous", Path.Combine(_folder.FullName, "previous.zip"), "--app-id", "0a1b2c3d-0000-4000-8000-000000000001");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("an update keeps the app id", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0.1")]
    [InlineData("01.0.0")]
    [InlineData("v1.0.1")]
    [InlineData("1.0.0-beta")]
    public void AVersionTheManifestSchemaRefuses_IsAUsageError(string version)
    {
        var (exit, _, stderr) = Run("next.zip", "--version", version);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("MAJOR.MINOR.PATCH", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APreviousThatIsNoPackage_IsAUsageError()
    {
        var notAPackage = Path.Combine(_folder.FullName, "notes.zip");
        File.WriteAllText(notAPackage, "not a zip");

        var (exit, _, stderr) = Run("next.zip", "--version", "1.0.1", "--previous", notAPackage);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--previous: cannot read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyAndTerms_AreTheHostsPagesByDefault_OrTheAddressesGiven()
    {
        Run("default.zip");
        Run("own.zip", "--privacy-url", "https://contoso.com/legal/privacy", "--terms-url", "https://contoso.com/legal/terms");

        Assert.Equal("https://jobframe.contoso.com/privacy", Manifest("default.zip")["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://jobframe.contoso.com/terms", Manifest("default.zip")["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("https://contoso.com/legal/privacy", Manifest("own.zip")["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://contoso.com/legal/terms", Manifest("own.zip")["developer"]!["termsOfUseUrl"]!.GetValue<string>());
    }

    [Fact]
    public void APrivacyAddressThatIsNotHttps_IsAUsageError()
    {
        var (exit, _, stderr) = Run("own.zip", "--privacy-url", "http://contoso.com/privacy");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--privacy-url <an https:// address>", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingPackage_IsReplaced()
    {
        Run("same.zip", "--version", "1.0.0");

        var (exit, _, _) = Run("same.zip", "--version", "1.0.1");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("1.0.1", Manifest("same.zip")["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.0.0", "1.0.1", -1)]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("2.0.0", "2.0.0", 0)]
    public void AppVersions_CompareNumberByNumber(string left, string right, int sign)
    {
        Assert.True(AppVersion.TryParse(left, out var a));
        Assert.True(AppVersion.TryParse(right, out var b));

        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private (int Exit, string Stdout, string Stderr) Run(string package, params string[] options)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] appId = options.Contains("--app-id") ? [] : ["--app-id", AppId];
        var exit = CliApplication.Run(
            ["teams-package", .. appId, "--host", "jobframe.contoso.com", .. options, "--out", Path.Combine(_folder.FullName, package)], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private JsonObject Manifest(string package)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_folder.FullName, package));
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}
