namespace JobFrame.Tests.Shared;

/// <summary>
/// The test canons under tests/canons/, each assembled once per test run into a temporary folder with the bundled
/// universal ladder (canon/levels.yaml) and the shipped vocabulary (canon/vocabulary/*.yaml), as an organisation would
/// drop its own families and roles beside them. Test data only: nothing here is ever written into canon/.
/// </summary>
internal static class TestCanons
{
    private static readonly Lazy<string> SeveralFunctionsFolder = new(() => Assemble("several-functions"));

    /// <summary>
    /// P- and M-track families, taxonomy roles on both tracks, "Manager" titling roles in two functions, a role titled like
    /// the level name "Senior Manager", roles without aliases (tests/canons/several-functions/README.md).
    /// </summary>
    public static string SeveralFunctions => SeveralFunctionsFolder.Value;

    private static string Assemble(string name)
    {
        var root = RepositoryRoot.Folder;
        var target = Directory.CreateTempSubdirectory("jobframe-test-canon-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(target, recursive: true);
        Copy(Path.Combine(root, "tests", "canons", name), target);
        File.Copy(Path.Combine(root, "canon", "levels.yaml"), Path.Combine(target, "levels.yaml"));
        Directory.CreateDirectory(Path.Combine(target, "vocabulary"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "canon", "vocabulary"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, "vocabulary", Path.GetFileName(file)));
        }

        return target;
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
