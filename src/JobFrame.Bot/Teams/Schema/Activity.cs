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
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Where replies go; only trusted after the activity is authenticated.</summary>
    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>A short plain-text line Teams shows where a card cannot be drawn (notifications, the activity feed).</summary>
    public string? Summary { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    /// <summary>The inputs and data of an Action.Submit, or the payload of an invoke.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    public string? ReplyToId { get; set; }

    public string? DeliveryMode { get; set; }

    public JsonElement? ChannelData { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public string? Locale { get; set; }

    /// <summary>True when the caller asked for the replies in the HTTP response.</summary>
    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>
    /// A message answering this activity: sender and recipient swapped, same conversation, channel and
    /// service URL, <c>replyToId</c> set to this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Text = text,
        TextFormat = text is null ? null : "plain",
        Locale = Locale,
    };
}
