namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer of <c>files.getUploadURLExternal</c>: where to upload the bytes, and the file's id.</summary>
/// <remarks>See https://docs.slack.dev/reference/methods/files.getUploadURLExternal.</remarks>
public sealed class FilesGetUploadUrlExternalResponse : SlackApiResponse
{
    public Uri? UploadUrl { get; init; }
    public string? FileId { get; init; }
}
