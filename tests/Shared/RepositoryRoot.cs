namespace JobFrame.Tests.Shared;

/// <summary>The repository's root folder (the one holding JobFrame.Bot.sln), found above the tests' binaries.</summary>
internal static class RepositoryRoot
{
    public static string Folder { get; } = Find();

    private static string Find()
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
