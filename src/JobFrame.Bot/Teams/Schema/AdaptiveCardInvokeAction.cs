using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>The Action.Execute that was pressed: its verb and its data merged with the card's input values.</summary>
public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; init; }

    public string? Verb { get; init; }

    public JsonElement? Data { get; init; }
}
