namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>What the stand-in connector answers to the next post in a conversation, with the connector's error body if given.</summary>
public sealed record ScriptedResponse(int Status, string? RetryAfter = null, string? Body = null)
{
    /// <summary>What the connector answers a post to a chat the bot is not a member of.</summary>
    public static ScriptedResponse BotNotInConversationRoster { get; } = new(
        403, Body: "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}");
}
