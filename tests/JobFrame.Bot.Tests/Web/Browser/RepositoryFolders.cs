using JobFrame.Tests.Shared;

namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>Folders the real-browser tests read and write.</summary>
internal static class RepositoryFolders
{
    /// <summary>The repository root: the folder holding JobFrame.Bot.sln, above the test's binaries.</summary>
    public static string Root { get; } = RepositoryRoot.Folder;

    /// <summary>
    /// Where the real-browser tests save what the chat looked like at each step: docs/screenshots when the docs'
    /// pictures are being updated, a scratch folder otherwise (a test run never changes tracked files).
    /// </summary>
    public static string Screenshots => DocPictures.Folder("screenshots");
}
