using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// An element of a card body. The <c>type</c> property is the discriminator each derived type registers.
/// See https://adaptivecards.io/explorer/ for the element catalogue.
/// </summary>
[JsonConverter(typeof(CardElementConverter))]
public abstract class CardElement
{
    /// <summary>Sets the <see cref="Type"/> every derived type declares as its <c>TypeName</c>.</summary>
    protected CardElement(string type) => Type = type;

    /// <summary>The JSON <c>type</c>, written first: which kind of CardElement this is.</summary>
    [JsonPropertyOrder(-3)]
    public string Type { get; }

    // Shared properties are written first, so every element's JSON reads the same way: type, id, layout, then content.
    /// <summary>Unique id in the card; inputs are returned under it and toggles target it.</summary>
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-2)]
    public Spacing Spacing { get; init; }

    [JsonPropertyOrder(-2)]
    public bool Separator { get; init; }

    /// <summary><c>null</c> is omitted (visible); <c>false</c> hides the element until a toggle shows it.</summary>
    [JsonPropertyOrder(-2)]
    public bool? IsVisible { get; init; }
}
