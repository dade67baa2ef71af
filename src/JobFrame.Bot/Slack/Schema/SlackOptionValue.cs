namespace JobFrame.Bot.Slack.Schema;

/// <summary>A chosen option of a select or radio group; only its value matters to the bot.</summary>
public sealed class SlackOptionValue
{
    public string Value { get; init; } = "";
}
