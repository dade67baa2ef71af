using System.Text.Json;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;

namespace JobFrame.Cards.Actions;

/// <summary>
/// A Block Kit button's <c>value</c>: the same payload an Adaptive Card action carries, as compact JSON within
/// Slack's 2,000 characters, so both faces hand <see cref="CardActionReader"/> the same thing.
/// </summary>
public static class ButtonValues
{
    /// <summary>The payload as the compact JSON a button value holds.</summary>
    /// <exception cref="InvalidOperationException">The payload is longer than a button value may be.</exception>
    public static string Write(CardActionData data)
    {
        var json = JsonSerializer.Serialize(data, AdaptiveCardJsonContext.Default.CardActionData);
        return json.Length <= SlackLimits.ButtonValueLength
            ? json
            : throw new InvalidOperationException($"A button payload of {json.Length} characters exceeds Slack's {SlackLimits.ButtonValueLength}.");
    }

    /// <summary>Reads a button value back into its payload.</summary>
    /// <exception cref="JsonException">The value is not a payload.</exception>
    public static CardActionData Read(string value)
    {
        using var document = JsonDocument.Parse(value);
        return AdaptiveCardSerializer.DeserializeActionData(document.RootElement);
    }
}
