using JobFrame.Bot.Slack.Schema;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// Where a reply to an interaction goes: the conversation and thread the button was in, and the interaction's
/// <c>response_url</c>, which is the only way to answer inside an ephemeral message and needs no bot token.
/// A private target (a button in an ephemeral answer or in a modal, or a form opened from one) keeps everything that
/// follows to <see cref="User"/>: ephemerally through the response_url, else in the bot's direct message with them.
/// </summary>
internal sealed record SlackReplyTarget(string? Channel, string? ThreadTs, Uri? ResponseUrl, bool IsPrivate, string? User = null)
{
    private const char DirectMessagePrefix = 'D';
    private const string ViewContainer = "view";

    /// <summary>
    /// The target of a button press: its thread when it has one; in a channel, a thread under the message the button
    /// is on, so the channel stays quiet; in a direct message, the conversation itself; in an ephemeral message or a
    /// modal, only the person who pressed it.
    /// </summary>
    public static SlackReplyTarget Of(BlockActionsPayload payload)
    {
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var isPrivate = payload.Container?.IsEphemeral == true || payload.Container?.Type == ViewContainer;
        var isDirect = channel is { Length: > 0 } && channel[0] == DirectMessagePrefix;
        var thread = payload.Container?.ThreadTs ?? (isPrivate || isDirect ? null : payload.Container?.MessageTs);
        var user = string.IsNullOrEmpty(payload.User?.Id) ? null : payload.User.Id;
        return new SlackReplyTarget(string.IsNullOrEmpty(channel) ? null : channel, thread, payload.ResponseUrl, isPrivate, user);
    }
}
