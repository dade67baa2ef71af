using JobFrame.Bot.Slack.Schema;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>Decides which events the bot answers: mentions and direct messages from people, nothing else.</summary>
internal static class SlackEventTriage
{
    /// <summary>
    /// The subtypes that are still a person's own new message: one with a file attached, and a thread reply also sent
    /// to the conversation. Every other subtype (edits, deletions, joins, bot messages ...) is not a question.
    /// </summary>
    private static readonly HashSet<string> PeoplesSubtypes = new(StringComparer.Ordinal)
    {
        SlackEvent.FileShareSubtype,
        SlackEvent.ThreadBroadcastSubtype,
    };

    /// <summary>Why the event is not answered, or null when it is.</summary>
    public static string? ReasonToIgnore(SlackEventEnvelope envelope, string? configuredBotUserId)
    {
        var message = envelope.Event;
        if (message is null)
        {
            return "no event";
        }

        var isMention = message.Type == SlackEvent.AppMentionType;
        var isDirectMessage = message.Type == SlackEvent.MessageType && message.ChannelType == SlackEvent.DirectMessageChannelType;
        if (!isMention && !isDirectMessage)
        {
            return "not a mention or a direct message";
        }

        if (message.Subtype is not null && !PeoplesSubtypes.Contains(message.Subtype))
        {
            return "message subtype";
        }

        if (message.BotId is not null || IsBotUser(envelope, message.User, configuredBotUserId))
        {
            // Answering a bot, above all this one, invites an endless conversation.
            return "sent by a bot";
        }

        return string.IsNullOrEmpty(message.Channel) ? "no channel" : null;
    }

    private static bool IsBotUser(SlackEventEnvelope envelope, string? user, string? configuredBotUserId)
    {
        if (user is null)
        {
            return false;
        }

        if (user == configuredBotUserId)
        {
            return true;
        }

        return envelope.Authorizations?.Any(a => a.IsBot && a.UserId == user) ?? false;
    }
}
