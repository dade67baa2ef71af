namespace JobFrame.Bot.Teams.Schema;

/// <summary>The activity <c>type</c> values the bot looks at; any other type is acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
}
