using System.Text;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>
/// Golden files under tests/JobFrame.Cards.Tests/Golden/, compared exactly. To regenerate them after an intended
/// change, run
///   JOBFRAME_UPDATE_GOLDEN=1 dotnet test tests/JobFrame.Cards.Tests
/// then read the diff before committing it: the diff is the review.
/// </summary>
internal static class GoldenFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "JobFrame.Cards.Tests", "Golden");

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
