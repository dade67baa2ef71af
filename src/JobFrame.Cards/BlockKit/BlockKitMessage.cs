namespace JobFrame.Cards.BlockKit;

/// <summary>
/// A message for chat.postMessage, a slash-command response or a response_url, with its blocks.
/// See https://api.slack.com/reference/messaging/payload.
/// </summary>
public sealed class BlockKitMessage
{
    /// <summary>The notification and fallback text; Slack shows it where blocks cannot be shown.</summary>
    public required string Text { get; init; }

    /// <summary>At most <see cref="SlackLimits.MessageBlocks"/> blocks.</summary>
    public IList<Block>? Blocks { get; init; }

    public ResponseType ResponseType { get; init; }

    /// <summary>For response_url replies: replace the message the action came from.</summary>
    public bool ReplaceOriginal { get; init; }

    public bool DeleteOriginal { get; init; }

    /// <summary>Reply in the thread of this message timestamp.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>The channel, for chat.postMessage; response_url replies leave it out.</summary>
    public string? Channel { get; init; }
}
