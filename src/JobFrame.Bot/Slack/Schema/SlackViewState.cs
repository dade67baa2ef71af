namespace JobFrame.Bot.Slack.Schema;

/// <summary><c>state.values</c>: input values keyed by block_id, then action_id.</summary>
public sealed class SlackViewState
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackStateValue>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, SlackStateValue>>();

    /// <summary>The value of one input, or null when the block or element is absent.</summary>
    public SlackStateValue? Find(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var block) && block.TryGetValue(actionId, out var value) ? value : null;
}
