using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// An action button, on the card or in an <see cref="ActionSet"/>. The <c>type</c> property is the discriminator.
/// Teams shows at most six top-level actions (host config <c>actions.maxActions</c>).
/// </summary>
[JsonConverter(typeof(CardActionConverter))]
public abstract class CardAction
{
    /// <summary>Sets the <see cref="Type"/> every derived type declares as its <c>TypeName</c>.</summary>
    protected CardAction(string type) => Type = type;

    /// <summary>The JSON <c>type</c>, written first: which kind of CardAction this is.</summary>
    [JsonPropertyOrder(-3)]
    public string Type { get; }

    // Shared properties are written first, so every element's JSON reads the same way: type, id, layout, then content.
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-2)]
    public required string Title { get; init; }

    [JsonPropertyOrder(-2)]
    public ActionStyle Style { get; init; }

    [JsonPropertyOrder(-2)]
    public ActionMode Mode { get; init; }

    [JsonPropertyOrder(-2)]
    public string? Tooltip { get; init; }
}
