using JobFrame.Tests.Shared;

namespace JobFrame.Cli.Tests;

/// <summary>Paths the CLI tests read: the repository's manifests and tools, and the npm packages the tools install.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = RepositoryRoot.Folder;

    public static string TeamsManifests => Path.Combine(Root, "manifests", "teams");

    public static string CardCheckTools => Path.Combine(Root, "tools", "cardcheck");

    /// <summary>The Teams app manifest 1.29 schema, as the npm package @microsoft/app-manifest ships it (in tools/cardcheck).</summary>
    public static string TeamsManifestSchema =>
        Path.Combine(CardCheckTools, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.29", "MicrosoftTeams.schema.json");
}
