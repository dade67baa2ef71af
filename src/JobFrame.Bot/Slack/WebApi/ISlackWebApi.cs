using JobFrame.Bot.Slack.Schema;

namespace JobFrame.Bot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the bot uses. Calls Slack refuses throw <see cref="SlackApiException"/> (and are logged
/// with method and error code); calls made without <c>Slack:BotToken</c> throw <see cref="SlackNotConfiguredException"/>.
/// </summary>
public interface ISlackWebApi
{
    /// <summary>Whether a bot token is configured; without one only <see cref="RespondAsync"/> works.</summary>
    bool IsConfigured { get; }

    /// <summary><c>chat.postMessage</c>.</summary>
    Task<ChatPostMessageResponse> PostMessageAsync(ChatPostMessageRequest request, CancellationToken ct);

    /// <summary><c>views.open</c>, within 3 seconds of the trigger.</summary>
    Task<ViewsResponse> OpenViewAsync(ViewsOpenRequest request, CancellationToken ct);

    /// <summary><c>views.update</c>.</summary>
    Task<ViewsResponse> UpdateViewAsync(ViewsUpdateRequest request, CancellationToken ct);

    /// <summary><c>files.getUploadURLExternal</c>: reserves a file id and an upload address.</summary>
    Task<FilesGetUploadUrlExternalResponse> GetUploadUrlExternalAsync(string filename, long length, CancellationToken ct);

    /// <summary>Posts the file's bytes to the address from <see cref="GetUploadUrlExternalAsync"/>.</summary>
    Task UploadToUrlAsync(Uri uploadUrl, string filename, ReadOnlyMemory<byte> bytes, CancellationToken ct);

    /// <summary><c>files.completeUploadExternal</c>: shares uploaded files in a conversation.</summary>
    Task<FilesCompleteUploadExternalResponse> CompleteUploadExternalAsync(FilesCompleteUploadExternalRequest request, CancellationToken ct);

    /// <summary>The three upload steps in order: the file appears in <paramref name="channel"/> (and thread, when given).</summary>
    Task<SlackFileReference> UploadFileAsync(
        string channel, string? threadTs, string filename, ReadOnlyMemory<byte> bytes, string title, CancellationToken ct);

    /// <summary>
    /// <c>conversations.open</c> with one user: the id of the bot's direct message with them, where whatever follows a
    /// private answer goes when it cannot go through a response_url (files, answers from a modal). Needs <c>im:write</c>.
    /// </summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct);

    /// <summary>Posts a message to an interaction's or command's <c>response_url</c> (needs no token).</summary>
    Task RespondAsync(Uri responseUrl, SlackMessage message, CancellationToken ct);
}
