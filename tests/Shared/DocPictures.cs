namespace JobFrame.Tests.Shared;

/// <summary>
/// Where the tests that take pictures save them. A test run never changes tracked files, so by default the pictures go
/// to a folder under the system's temp folder; the pictures under docs/ (docs/cards, docs/screenshots) are rewritten
/// only on request:
///   JOBFRAME_UPDATE_PICTURES=1 dotnet test JobFrame.Bot.sln --filter "Category=DocPictures"
/// then look at the new pictures before committing them.
/// </summary>
internal static class DocPictures
{
    /// <summary>The xunit trait category of the tests that draw the docs' pictures.</summary>
    public const string Category = "DocPictures";

    public static bool Updating => Environment.GetEnvironmentVariable("JOBFRAME_UPDATE_PICTURES") == "1";

    /// <summary>
    /// The folder for the pictures of docs/<paramref name="docsFolder"/>: that folder itself when updating, otherwise
    /// a scratch folder of the same name under the temp folder. The folder exists on return.
    /// </summary>
    public static string Folder(string docsFolder)
    {
        var folder = Updating
            ? Path.Combine(RepositoryRoot.Folder, "docs", docsFolder)
            : Path.Combine(Path.GetTempPath(), "jobframe-pictures", docsFolder);
        return Directory.CreateDirectory(folder).FullName;
    }
}
