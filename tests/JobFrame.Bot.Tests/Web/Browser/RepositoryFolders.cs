using JobFrame.Tests.Shared;

namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>Folders of the repository the tests write to.</summary>
internal static class RepositoryFolders
{
    /// <summary>The repository root: the folder holding JobFrame.Bot.sln, above the test's binaries.</summary>
    public static string Root { get; } = RepositoryRoot.Folder;

    /// <summary>Where the real-browser tests save what the chat looked like at each step.</summary>
    public static string Screenshots => Path.Combine(Root, "docs", "screenshots");
}
