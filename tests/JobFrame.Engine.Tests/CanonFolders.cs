namespace JobFrame.Engine.Tests;

/// <summary>Paths the tests read: the bundled canon and the seed page pinned in the repository.</summary>
internal static class CanonFolders
{
    public static string RepositoryRoot { get; } = JobFrame.Tests.Shared.RepositoryRoot.Folder;

    public static string BundledCanon => Path.Combine(RepositoryRoot, "canon");

    /// <summary>tests/JobFrame.Engine.Tests/Seeds: the seed page the text export is held to, copied byte for byte.</summary>
    public static string Seeds => Path.Combine(RepositoryRoot, "tests", "JobFrame.Engine.Tests", "Seeds");
}
