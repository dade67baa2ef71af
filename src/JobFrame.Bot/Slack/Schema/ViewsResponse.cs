namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer of <c>views.open</c> and <c>views.update</c>.</summary>
public sealed class ViewsResponse : SlackApiResponse
{
    public SlackView? View { get; init; }
}
