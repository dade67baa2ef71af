namespace JobFrame.Bot.Slack;

/// <summary>An uploaded file, by id and title.</summary>
public sealed record SlackFileReference
{
    public required string Id { get; init; }
    public string? Title { get; init; }
}
