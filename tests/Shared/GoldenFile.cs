using System.Reflection;
using System.Text;
using JobFrame.Tests.Shared;

namespace JobFrame.Tests.Shared;

/// <summary>
/// Golden files under tests/&lt;test project&gt;/Golden/, compared exactly (UTF-8, line ends as written). Shared by
/// every test project that pins output. To regenerate the golden files after an intended change, run
///   JOBFRAME_UPDATE_GOLDEN=1 dotnet test tests/&lt;test project&gt;
/// then read the diff before committing it: the diff is the review.
/// </summary>
internal static class GoldenFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Folder { get; } = Path.Combine(
        RepositoryRoot.Folder, "tests", Assembly.GetExecutingAssembly().GetName().Name!, "Golden");

    private static bool Updating => Environment.GetEnvironmentVariable("JOBFRAME_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, Utf8);
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing: run with JOBFRAME_UPDATE_GOLDEN=1 to write it, then review it");
        Assert.Equal(File.ReadAllText(path, Utf8), actual);
    }
}
