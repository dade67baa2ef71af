using JobFrame.Bot.Http;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>
/// A message as the answer to a slash command, or as the body posted to a <c>response_url</c>.
/// </summary>
/// <remarks>
/// The Block Kit content is a <see cref="JsonPayload"/>: the renderers in JobFrame.Cards plug in without this layer knowing
/// them, and their typed blocks are written once, straight into the message's JSON.
/// See https://docs.slack.dev/interactivity/handling-user-interaction#message_responses.
/// </remarks>
public sealed class SlackMessage
{
    /// <summary>Null means Slack's default, which is ephemeral for slash commands.</summary>
    public SlackResponseType? ResponseType { get; init; }

    /// <summary>The notification and fallback text (mrkdwn); always set it, even with blocks.</summary>
    public string? Text { get; init; }

    /// <summary>The Block Kit blocks array, rendered elsewhere.</summary>
    public JsonPayload? Blocks { get; init; }

    /// <summary>With a response_url: replace the message the action came from.</summary>
    public bool? ReplaceOriginal { get; init; }

    /// <summary>With a response_url: delete the message the action came from.</summary>
    public bool? DeleteOriginal { get; init; }

    /// <summary>A message visible only to the user who asked.</summary>
    public static SlackMessage Ephemeral(string text, JsonPayload? blocks = null) =>
        new() { ResponseType = SlackResponseType.Ephemeral, Text = text, Blocks = blocks };
}
