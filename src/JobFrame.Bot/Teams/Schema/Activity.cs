using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// A Bot Framework activity, the one message shape of the Connector protocol
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).
/// Only the fields the bot reads or writes are modelled.
/// </summary>
public sealed class Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Where replies go; only trusted after the activity is authenticated.</summary>
    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary>A short plain-text line Teams shows where a card cannot be drawn (notifications, the activity feed).</summary>
    public string? Summary { get; init; }

    public IList<Attachment>? Attachments { get; init; }

    public IList<Entity>? Entities { get; init; }

    /// <summary>The inputs and data of an Action.Submit, or the payload of an invoke.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    public string? ReplyToId { get; init; }

    public string? DeliveryMode { get; init; }

    public JsonElement? ChannelData { get; init; }

    public IList<ChannelAccount>? MembersAdded { get; init; }

    public string? Locale { get; init; }

    /// <summary>True when the caller asked for the replies in the HTTP response.</summary>
    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>
    /// A message answering this activity: sender and recipient swapped, same conversation, channel and
    /// service URL, <c>replyToId</c> set to this activity's id. <paramref name="textFormat"/> defaults to <c>plain</c>
    /// when there is text; <paramref name="summary"/> is what Teams shows where the attachments cannot be drawn.
    /// </summary>
    public Activity CreateReply(
        string? text = null, string? textFormat = null, string? summary = null, IList<Attachment>? attachments = null) =>
        new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = textFormat ?? (text is null ? null : "plain"),
            Summary = summary,
            Attachments = attachments,
            Locale = Locale,
        }.WithAddress(ServiceUrl, ChannelId, Conversation, replyToId: Id, from: Recipient, recipient: From);

    /// <summary>
    /// This activity's content under another address: the service URL, channel, conversation, the activity it answers,
    /// and who sends it to whom. A new activity (wire models are built whole, never changed after); a missing
    /// <c>type</c> becomes <c>message</c>, the only kind the bot sends to the connector.
    /// </summary>
    public Activity WithAddress(
        string? serviceUrl, string? channelId, ConversationAccount? conversation, string? replyToId, ChannelAccount? from, ChannelAccount? recipient) =>
        new()
        {
            Type = Type ?? ActivityTypes.Message,
            Id = Id,
            Timestamp = Timestamp,
            ServiceUrl = serviceUrl,
            ChannelId = channelId,
            From = from,
            Recipient = recipient,
            Conversation = conversation,
            Text = Text,
            TextFormat = TextFormat,
            Summary = Summary,
            Attachments = Attachments,
            Entities = Entities,
            Value = Value,
            Name = Name,
            ReplyToId = replyToId,
            DeliveryMode = DeliveryMode,
            ChannelData = ChannelData,
            MembersAdded = MembersAdded,
            Locale = Locale,
        };
}
