using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JobFrame.Bot.Http;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>Wraps Adaptive Card JSON as an activity attachment.</summary>
public static class AdaptiveCardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>An attachment carrying card JSON that is already a document.</summary>
    public static Attachment From(JsonElement card) => new() { ContentType = ContentType, Content = JsonPayload.From(card) };

    /// <summary>An attachment carrying a typed card model, written with its own dialect's JSON context when sent.</summary>
    public static Attachment From<TCard>(TCard card, JsonTypeInfo<TCard> cardTypeInfo) =>
        new() { ContentType = ContentType, Content = JsonPayload.From(card, cardTypeInfo) };
}
