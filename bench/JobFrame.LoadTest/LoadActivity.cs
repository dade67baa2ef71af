namespace JobFrame.LoadTest;

/// <summary>The Bot Framework activity the driver sends: a Teams-like personal message asking for the replies in the body.</summary>
internal sealed class LoadActivity
{
    public string Type { get; init; } = "message";

    public required string Id { get; init; }

    public string ChannelId { get; init; } = "msteams";

    public required string ServiceUrl { get; init; }

    public required LoadAccount From { get; init; }

    public required LoadAccount Recipient { get; init; }

    public required LoadConversation Conversation { get; init; }

    public required string Text { get; init; }

    public string TextFormat { get; init; } = "plain";

    public string DeliveryMode { get; init; } = "expectReplies";
}
