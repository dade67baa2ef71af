using JobFrame.Bot.Http;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>The arguments of <c>chat.postMessage</c>.</summary>
/// <remarks>See https://docs.slack.dev/reference/methods/chat.postMessage.</remarks>
public sealed class ChatPostMessageRequest
{
    public required string Channel { get; init; }

    /// <summary>The notification and fallback text (mrkdwn).</summary>
    public string? Text { get; init; }

    /// <summary>The Block Kit blocks array, rendered elsewhere.</summary>
    public JsonPayload? Blocks { get; init; }

    /// <summary>Reply inside this thread.</summary>
    public string? ThreadTs { get; init; }
}
