using JobFrame.Tests.Shared;

namespace JobFrame.Cards.Tests;

/// <summary>Paths the card tests read: the card check tools in the repository and the schemas beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = RepositoryRoot.Folder;

    public static string CardCheckTools => Path.Combine(Root, "tools", "cardcheck");

    /// <summary>../shared/schemas next to the repository: the published schemas and Teams host configs.</summary>
    public static string Schemas => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas"));

    public static string AdaptiveCardSchema => Path.Combine(Schemas, "adaptive-card-1.5.json");

    public static string TeamsLightHostConfig => Path.Combine(Schemas, "microsoft-teams-light.json");
}
