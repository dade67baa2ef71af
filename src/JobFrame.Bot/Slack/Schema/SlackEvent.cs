namespace JobFrame.Bot.Slack.Schema;

/// <summary>The inner <c>event</c> of an <c>event_callback</c>: <c>app_mention</c> or <c>message</c>.</summary>
/// <remarks>See https://docs.slack.dev/reference/events/app_mention and https://docs.slack.dev/reference/events/message.im.</remarks>
public sealed class SlackEvent
{
    public const string AppMentionType = "app_mention";
    public const string MessageType = "message";
    public const string DirectMessageChannelType = "im";

    /// <summary>A person's message with a file attached (https://docs.slack.dev/reference/events/message/file_share).</summary>
    public const string FileShareSubtype = "file_share";

    /// <summary>A thread reply also sent to the conversation (https://docs.slack.dev/reference/events/message/thread_broadcast).</summary>
    public const string ThreadBroadcastSubtype = "thread_broadcast";

    public string Type { get; init; } = "";
    public string? User { get; init; }
    public string? BotId { get; init; }

    /// <summary>
    /// Set for edits, joins, bot messages and the like, which are never answered; also for a person's message with a
    /// file (<see cref="FileShareSubtype"/>) or broadcast from a thread (<see cref="ThreadBroadcastSubtype"/>), which are.
    /// </summary>
    public string? Subtype { get; init; }

    public string? Text { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? EventTs { get; init; }

    /// <summary>
    /// The thread a reply belongs in: the message's own thread; else a new thread under a channel mention, so the
    /// channel stays quiet; else none, for a top-level direct message, which reads best as a plain conversation.
    /// </summary>
    public string? ReplyThreadTs => ThreadTs ?? (ChannelType == DirectMessageChannelType ? null : Ts);
}
