using System.Text;

namespace JobFrame.Engine.Tests.Exports;

/// <summary>
/// Golden files under tests/JobFrame.Engine.Tests/Golden/, compared exactly (UTF-8, line ends as written).
/// To regenerate every golden file after an intended change, run
///   JOBFRAME_UPDATE_GOLDEN=1 dotnet test tests/JobFrame.Engine.Tests
/// then read the diff before committing it: the diff is the review.
/// </summary>
internal static class GoldenFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Folder => Path.Combine(CanonFolders.RepositoryRoot, "tests", "JobFrame.Engine.Tests", "Golden");

    private static bool Updating => Environment.GetEnvironmentVariable("JOBFRAME_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Updating)
        {
            File.WriteAllText(path, actual, Utf8);
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing: run with JOBFRAME_UPDATE_GOLDEN=1 to write it, then review it");
        Assert.Equal(File.ReadAllText(path, Utf8), actual);
    }
}
