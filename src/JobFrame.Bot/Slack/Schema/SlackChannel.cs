namespace JobFrame.Bot.Slack.Schema;

/// <summary>The conversation in an interaction payload.</summary>
public sealed class SlackChannel
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
}
