namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer of <c>files.completeUploadExternal</c>.</summary>
public sealed record FilesCompleteUploadExternalResponse : SlackApiResponse
{
    public IReadOnlyList<SlackFileReference> Files { get; init; } = [];
}
