namespace JobFrame.Bot.Teams.Schema;

/// <summary>The Teams <c>conversation.conversationType</c> values.</summary>
public static class ConversationTypes
{
    /// <summary>A one-to-one chat with the bot: the only place Teams lets a bot send files.</summary>
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
