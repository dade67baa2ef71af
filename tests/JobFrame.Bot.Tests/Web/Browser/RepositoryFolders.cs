namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>Folders of the repository the tests write to.</summary>
internal static class RepositoryFolders
{
    /// <summary>The repository root: the folder holding JobFrame.Bot.sln, above the test's binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where the real-browser tests save what the chat looked like at each step.</summary>
    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JobFrame.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No JobFrame.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
