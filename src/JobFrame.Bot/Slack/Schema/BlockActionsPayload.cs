namespace JobFrame.Bot.Slack.Schema;

/// <summary>A user pressed a button or picked an option in one of the bot's messages or modals.</summary>
/// <remarks>See https://docs.slack.dev/reference/interaction-payloads/block_actions-payload.</remarks>
public sealed class BlockActionsPayload : SlackInteractionPayload
{
    public IReadOnlyList<SlackAction> Actions { get; init; } = [];

    /// <summary>Where to post a reply or replacement for the message (valid 30 minutes, 5 uses).</summary>
    public Uri? ResponseUrl { get; init; }

    public SlackContainer? Container { get; init; }
    public SlackChannel? Channel { get; init; }

    /// <summary>The values of the inputs in the message or view, keyed by block_id then action_id.</summary>
    public SlackViewState? State { get; init; }

    /// <summary>The view the action came from, when it came from a modal.</summary>
    public SlackView? View { get; init; }
}
