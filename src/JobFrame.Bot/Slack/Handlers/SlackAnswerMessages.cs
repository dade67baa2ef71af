using System.Text.Json;
using JobFrame.Bot.Http;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// An engine answer as the Slack messages the protocol layer sends: rendered by <see cref="BlockKitRenderer"/>,
/// optionally with a "Share in channel" button whose value is the payload that produced the answer.
/// </summary>
internal static class SlackAnswerMessages
{
    /// <summary>The action_id of the share button; its value re-renders the answer, so no state is kept.</summary>
    public const string ShareActionId = "share";

    /// <summary>
    /// A message for a slash-command response or a response_url. <paramref name="replaceOriginal"/> false keeps the
    /// message an interaction came from (Slack's default for a response_url is to replace it).
    /// </summary>
    public static SlackMessage Message(Answer answer, SlackResponseType responseType, CardActionData? shareAs = null, bool? replaceOriginal = null)
    {
        var rendered = BlockKitRenderer.Render(answer);
        var blocks = ShareValue(shareAs) is { } value ? WithShareButton(rendered.Blocks ?? [], value) : rendered.Blocks;
        return new SlackMessage { ResponseType = responseType, Text = rendered.Text, Blocks = Blocks(blocks), ReplaceOriginal = replaceOriginal };
    }

    /// <summary>A chat.postMessage request in a conversation and thread.</summary>
    public static ChatPostMessageRequest Post(Answer answer, string channel, string? threadTs)
    {
        var rendered = BlockKitRenderer.Render(answer);
        return new ChatPostMessageRequest
        {
            Channel = channel,
            ThreadTs = threadTs,
            Text = rendered.Text,
            Blocks = Blocks(rendered.Blocks),
        };
    }

    /// <summary>A fixed sentence posted in a conversation and thread (no blocks: Slack shows the text).</summary>
    public static ChatPostMessageRequest PostNotice(string text, string channel, string? threadTs) =>
        new() { Channel = channel, ThreadTs = threadTs, Text = text };

    /// <summary>A fixed sentence, visible only to the user who pressed or typed.</summary>
    public static SlackMessage Notice(string text) =>
        new() { ResponseType = SlackResponseType.Ephemeral, Text = text, ReplaceOriginal = false };

    /// <summary>The modal as views.open, views.update and a view submission's response take it, written by the Block Kit dialect.</summary>
    public static JsonPayload View(ModalView view) => JsonPayload.From(view, BlockKitJsonContext.Default.ModalView);

    /// <summary>
    /// The modal a failed submission is answered with: it stays open with a plain apology instead of closing as if
    /// the export had been posted.
    /// </summary>
    public static ViewSubmissionResponse SorryView() => ViewSubmissionResponse.Update(View(new ModalView
    {
        Title = new PlainText(SlackBotWords.ProductName),
        Close = new PlainText(SlackBotWords.Close),
        Blocks = [new SectionBlock { Text = new Mrkdwn(SlackBotWords.CouldNotAnswer) }],
    }));

    private static JsonPayload? Blocks(IList<Block>? blocks) =>
        blocks is null ? null : JsonPayload.From(blocks, BlockKitJsonContext.Default.IListBlock);

    // A question near the 2,000-character limit does not fit in a button value once quoted: that answer is simply not shareable.
    private static string? ShareValue(CardActionData? data)
    {
        if (data is null)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(data, AdaptiveCardJsonContext.Default.CardActionData);
        return json.Length <= SlackLimits.ButtonValueLength ? json : null;
    }

    // Joins the answer's last row of buttons when there is room, else adds a row; a message already at 50 blocks stays unshareable rather than refused.
    private static List<Block> WithShareButton(IList<Block> blocks, string value)
    {
        var share = new ButtonElement { ActionId = ShareActionId, Text = new PlainText(SlackBotWords.ShareInChannel), Value = value };
        var result = new List<Block>(blocks);
        if (result.Count > 0 && result[^1] is ActionsBlock actions && actions.Elements.Count < SlackLimits.ActionsElements)
        {
            result[^1] = new ActionsBlock { BlockId = actions.BlockId, Elements = [.. actions.Elements, share] };
        }
        else if (result.Count < SlackLimits.MessageBlocks)
        {
            result.Add(new ActionsBlock { Elements = [share] });
        }

        return result;
    }
}
