namespace JobFrame.Engine.Tests;

/// <summary>Paths the tests read: the bundled canon and the seeds beside the repository.</summary>
internal static class CanonFolders
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string BundledCanon => Path.Combine(RepositoryRoot, "canon");

    /// <summary>../shared/seeds next to the repository: the documents the canon was taken from.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobFrame.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JobFrame.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
