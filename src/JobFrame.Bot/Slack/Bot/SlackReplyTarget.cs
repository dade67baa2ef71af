namespace JobFrame.Bot.Slack.Bot;

/// <summary>
/// Where a reply to an interaction goes: the conversation and thread the button was in, and the interaction's
/// <c>response_url</c>, which is the only way to answer inside an ephemeral message and needs no bot token.
/// </summary>
internal sealed record SlackReplyTarget(string? Channel, string? ThreadTs, Uri? ResponseUrl, bool IsEphemeral)
{
    private const char DirectMessagePrefix = 'D';

    /// <summary>
    /// The target of a button press: its thread when it has one; in a channel, a thread under the message the button
    /// is on, so the channel stays quiet; in a direct message, the conversation itself.
    /// </summary>
    public static SlackReplyTarget Of(BlockActionsPayload payload)
    {
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var isEphemeral = payload.Container?.IsEphemeral == true;
        var isDirect = channel is { Length: > 0 } && channel[0] == DirectMessagePrefix;
        var thread = payload.Container?.ThreadTs ?? (isEphemeral || isDirect ? null : payload.Container?.MessageTs);
        return new SlackReplyTarget(string.IsNullOrEmpty(channel) ? null : channel, thread, payload.ResponseUrl, isEphemeral);
    }
}
