using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>An input whose value an Action.Submit or Action.Execute returns under its <see cref="CardElement.Id"/>.</summary>
public abstract class InputElement(string type) : CardElement(type)
{
    [JsonPropertyOrder(-1)]
    public string? Label { get; init; }

    [JsonPropertyOrder(-1)]
    public bool IsRequired { get; init; }

    [JsonPropertyOrder(-1)]
    public string? ErrorMessage { get; init; }
}
