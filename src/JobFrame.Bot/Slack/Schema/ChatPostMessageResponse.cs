namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer of <c>chat.postMessage</c>.</summary>
public sealed class ChatPostMessageResponse : SlackApiResponse
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
}
