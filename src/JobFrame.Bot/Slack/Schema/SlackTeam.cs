namespace JobFrame.Bot.Slack.Schema;

/// <summary>The workspace in an interaction payload.</summary>
public sealed class SlackTeam
{
    public string Id { get; init; } = "";
    public string? Domain { get; init; }
}
