using JobFrame.Tests.Shared;

namespace JobFrame.Cards.Tests;

/// <summary>
/// Paths the card tests read, all inside the repository: the card check tools, the npm packages they install (the
/// Teams manifest schemas and the Teams host config), and the Adaptive Card schema kept with these tests.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = RepositoryRoot.Folder;

    public static string CardCheckTools => Path.Combine(Root, "tools", "cardcheck");

    /// <summary>The published Adaptive Card 1.5 schema, copied byte for byte (see Schemas/README.md).</summary>
    public static string AdaptiveCardSchema => Path.Combine(Root, "tests", "JobFrame.Cards.Tests", "Schemas", "adaptive-card-1.5.json");

    /// <summary>The Microsoft Teams light host config, as the Adaptive Cards designer package ships it.</summary>
    public static string TeamsLightHostConfig =>
        Path.Combine(CardCheckTools, "node_modules", "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json");

    /// <summary>The Teams app manifest 1.29 schema, as the npm package @microsoft/app-manifest ships it.</summary>
    public static string TeamsManifestSchema =>
        Path.Combine(CardCheckTools, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.29", "MicrosoftTeams.schema.json");
}
