using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>One parameter of a search command: its name and what the user typed (<c>initialRun</c> has "true" here).</summary>
public sealed class MessagingExtensionParameter
{
    public string? Name { get; init; }

    public JsonElement? Value { get; init; }
}
