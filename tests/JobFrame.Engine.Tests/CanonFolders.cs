namespace JobFrame.Engine.Tests;

/// <summary>Paths the tests read: the bundled canon and the seeds beside the repository.</summary>
internal static class CanonFolders
{
    public static string RepositoryRoot { get; } = JobFrame.Tests.Shared.RepositoryRoot.Folder;

    public static string BundledCanon => Path.Combine(RepositoryRoot, "canon");

    /// <summary>../shared/seeds next to the repository: the documents the canon was taken from.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));
}
