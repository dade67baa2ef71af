namespace JobFrame.Bot.Slack.Schema;

/// <summary>An uploaded file, by id and title.</summary>
public sealed class SlackFileReference
{
    public required string Id { get; init; }
    public string? Title { get; init; }
}
