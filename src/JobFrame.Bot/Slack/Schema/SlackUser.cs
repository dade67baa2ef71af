namespace JobFrame.Bot.Slack.Schema;

/// <summary>The user in an interaction payload.</summary>
public sealed class SlackUser
{
    public string Id { get; init; } = "";
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? TeamId { get; init; }
}
