namespace JobFrame.Bot.Slack.Schema;

/// <summary>The arguments of <c>files.completeUploadExternal</c>: share the uploaded files in a conversation.</summary>
/// <remarks>See https://docs.slack.dev/reference/methods/files.completeUploadExternal.</remarks>
public sealed class FilesCompleteUploadExternalRequest
{
    public required IReadOnlyList<SlackFileReference> Files { get; init; }
    public string? ChannelId { get; init; }
    public string? ThreadTs { get; init; }
    public string? InitialComment { get; init; }
}
