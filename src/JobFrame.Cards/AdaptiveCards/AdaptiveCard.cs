using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// An Adaptive Card, schema version 1.5 (the newest Teams renders). See https://adaptivecards.io/explorer/AdaptiveCard.html.
/// </summary>
public sealed class AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type => "AdaptiveCard";

    public string Version => SchemaVersion;

    public IList<CardElement>? Body { get; init; }

    public IList<CardAction>? Actions { get; init; }

    /// <summary>Shown by hosts that cannot render the card, and read by screen readers as its summary.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public VerticalContentAlignment VerticalContentAlignment { get; init; }

    public string? MinHeight { get; init; }
}
