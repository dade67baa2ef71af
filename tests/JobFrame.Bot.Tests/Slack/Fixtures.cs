using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>Slack payloads recorded in their real shapes, kept under Slack/Fixtures.</summary>
internal static class Fixtures
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Slack", "Fixtures", name));

    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();
}
