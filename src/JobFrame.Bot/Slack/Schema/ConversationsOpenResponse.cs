namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer of <c>conversations.open</c> (https://docs.slack.dev/reference/methods/conversations.open).</summary>
public sealed class ConversationsOpenResponse : SlackApiResponse
{
    /// <summary>The direct message conversation; its <c>id</c> starts with <c>D</c>.</summary>
    public SlackChannel? Channel { get; init; }
}
