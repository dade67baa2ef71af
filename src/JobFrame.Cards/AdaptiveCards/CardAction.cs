using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// An action button, on the card or in an <see cref="ActionSet"/>. The <c>type</c> property is the discriminator.
/// Teams shows at most six top-level actions (host config <c>actions.maxActions</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
[JsonDerivedType(typeof(ActionToggleVisibility), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
public abstract class CardAction
{
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
