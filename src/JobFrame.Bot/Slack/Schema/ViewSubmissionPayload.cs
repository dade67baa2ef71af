namespace JobFrame.Bot.Slack.Schema;

/// <summary>A user submitted one of the bot's modals.</summary>
/// <remarks>See https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload.</remarks>
public sealed class ViewSubmissionPayload : SlackInteractionPayload
{
    public SlackView View { get; init; } = new();
}
