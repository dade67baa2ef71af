namespace JobFrame.Bot.Slack.Schema;

/// <summary>A modal as Slack reports it back: its identity, the bot's metadata, and the user's input.</summary>
/// <remarks>See https://docs.slack.dev/reference/views/.</remarks>
public sealed class SlackView
{
    public string? Id { get; init; }
    public string? Type { get; init; }
    public string? CallbackId { get; init; }

    /// <summary>What the bot stored when opening the modal (up to 3,000 characters), such as the conversation to post to.</summary>
    public string? PrivateMetadata { get; init; }

    public string? Hash { get; init; }
    public SlackViewState? State { get; init; }
}
