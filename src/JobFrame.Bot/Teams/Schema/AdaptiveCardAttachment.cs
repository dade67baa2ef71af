using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>Wraps Adaptive Card JSON as an activity attachment.</summary>
public static class AdaptiveCardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>An attachment carrying card JSON that is already serialised.</summary>
    public static Attachment From(JsonElement card) => new() { ContentType = ContentType, Content = card };

    /// <summary>An attachment carrying a typed card model, serialised with its own dialect's JSON context.</summary>
    public static Attachment From<TCard>(TCard card, JsonTypeInfo<TCard> cardTypeInfo) =>
        From(JsonSerializer.SerializeToElement(card, cardTypeInfo));
}
