using System.Text.Json;
using JobFrame.Cards.Actions;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Turns cards into the JSON a channel sends, and card action payloads back into <see cref="CardActionData"/>.</summary>
public static class AdaptiveCardSerializer
{
    private static readonly AdaptiveCardJsonContext s_indented = new(new JsonSerializerOptions(AdaptiveCardJsonContext.Default.Options)
    {
        WriteIndented = true,
    });

    /// <summary>The card as compact JSON, for the wire.</summary>
    public static string Serialize(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, AdaptiveCardJsonContext.Default.AdaptiveCard);
    }

    /// <summary>The card as indented JSON, for golden files and the CLI.</summary>
    public static string SerializeIndented(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, s_indented.AdaptiveCard);
    }

    /// <summary>Reads a card back, for tests and tools that inspect stored cards.</summary>
    public static AdaptiveCard Deserialize(string json) =>
        JsonSerializer.Deserialize(json, AdaptiveCardJsonContext.Default.AdaptiveCard)
        ?? throw new JsonException("The JSON holds null, not an Adaptive Card.");

    /// <summary>Reads the payload of a card action as the host returned it (data merged with input values).</summary>
    public static CardActionData DeserializeActionData(JsonElement value) =>
        value.Deserialize(AdaptiveCardJsonContext.Default.CardActionData)
        ?? throw new JsonException("The card action carried null, not a payload.");
}
