using System.IO.Compression;
using System.Text.Json.Nodes;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>The package `jobframe teams-package` writes, checked by the official Teams app validator, as an admin would.</summary>
public sealed class TeamsPackageValidationTests : IDisposable
{
    private const string AppId = "6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobframe-atk-");

    [Fact]
    public async Task TeamsPackage_PassesAtkValidate()
    {
        var manifest = Unpack(Package("--version", "1.4.2"));

        var (valid, output) = await TeamsAppValidator.ValidateAsync(manifest);

        Assert.True(valid, output);
        Assert.Contains("All passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManifestWithoutItsName_FailsAtkValidate()
    {
        var manifest = Unpack(Package());
        var json = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json.Remove("name");
        File.WriteAllText(manifest, json.ToJsonString());

        var (valid, output) = await TeamsAppValidator.ValidateAsync(manifest);

        Assert.False(valid, output);
        Assert.Contains("name", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Package(params string[] options)
    {
        var output = Path.Combine(_folder.FullName, "jobframe-teams.zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApplication.Run(["teams-package", "--app-id", AppId, "--host", "jobframe.contoso.com", .. options, "--out", output], stdout, stderr);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        return output;
    }

    private string Unpack(string package)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "package")).FullName;
        ZipFile.ExtractToDirectory(package, folder, overwriteFiles: true);
        return Path.Combine(folder, "manifest.json");
    }
}
