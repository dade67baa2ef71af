using JobFrame.Tests.Shared;

namespace JobFrame.Cli.Tests;

/// <summary>Paths the CLI tests read: the repository's manifests and tools, and the schemas beside the repository.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = RepositoryRoot.Folder;

    public static string TeamsManifests => Path.Combine(Root, "manifests", "teams");

    public static string CardCheckTools => Path.Combine(Root, "tools", "cardcheck");

    /// <summary>../shared/schemas/teams-manifest-1.29.json next to the repository.</summary>
    public static string TeamsManifestSchema => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "teams-manifest-1.29.json"));
}
