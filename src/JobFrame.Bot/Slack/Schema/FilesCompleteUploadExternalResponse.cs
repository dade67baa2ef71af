namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer of <c>files.completeUploadExternal</c>.</summary>
public sealed class FilesCompleteUploadExternalResponse : SlackApiResponse
{
    public IReadOnlyList<SlackFileReference> Files { get; init; } = [];
}
