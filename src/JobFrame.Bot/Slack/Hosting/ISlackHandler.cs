using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// Where the bot's logic plugs into Slack. The protocol layer has already verified the request,
/// parsed it, and filtered out retries, the bot's own messages and message subtypes. A handler does not catch:
/// <see cref="SlackFailurePolicy"/> logs a failure once and answers the friendly error.
/// </summary>
/// <remarks>
/// Slack waits 3 seconds for an acknowledgement and a <c>trigger_id</c> lives 3 seconds: the synchronous
/// methods answer quickly and hand slow work (file uploads) to <see cref="ISlackBackgroundQueue"/>.
/// </remarks>
public interface ISlackHandler
{
    /// <summary>Answers a slash command; the message is the HTTP response (ephemeral unless it says otherwise).</summary>
    Task<SlackMessage> OnSlashCommandAsync(SlashCommand command, CancellationToken ct);

    /// <summary>
    /// Handles an <c>app_mention</c> or a direct message after Slack has had its 200; replies go through
    /// <see cref="ISlackWebApi.PostMessageAsync"/> in <see cref="SlackEvent.Channel"/> and <see cref="SlackEvent.ReplyThreadTs"/>.
    /// </summary>
    Task OnMessageEventAsync(SlackEvent message, CancellationToken ct);

    /// <summary>Handles a button or select; may open views, post or respond. Slack gets an empty 200 either way.</summary>
    Task OnBlockActionsAsync(BlockActionsPayload payload, CancellationToken ct);

    /// <summary>Handles a modal submission. Null closes the modal; errors keep it open.</summary>
    Task<ViewSubmissionResponse?> OnViewSubmissionAsync(ViewSubmissionPayload payload, CancellationToken ct);

    /// <summary>Handles the app's global shortcut, typically by opening a modal with its trigger_id.</summary>
    Task OnShortcutAsync(ShortcutPayload payload, CancellationToken ct);
}
