using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Bot.Slack.Bot;

/// <summary>
/// Delivers answers to interactions, after the acknowledgement: into the ephemeral message through its
/// response_url, else into the conversation and thread with chat.postMessage; Markdown and CSV exports as files.
/// Without a bot token, whatever needs one is replaced by a plain notice.
/// </summary>
internal sealed class SlackReplies(ISlackWebApi web, ILogger<SlackReplies> logger)
{
    /// <summary>Sends <paramref name="answer"/> to <paramref name="target"/>; ephemeral replies carry a share button re-asking <paramref name="shareAs"/>.</summary>
    public async Task DeliverAsync(SlackReplyTarget target, Answer answer, CardActionData? shareAs, CancellationToken ct)
    {
        try
        {
            if (answer is ExportAnswer { Format: not ExportFormat.Text } file)
            {
                await UploadAsync(target, file, ct);
                return;
            }

            if ((target.IsEphemeral || !web.IsConfigured) && target.ResponseUrl is { } responseUrl)
            {
                var message = SlackAnswerMessages.Message(answer, SlackResponseType.Ephemeral, shareAs) with { ReplaceOriginal = false };
                await web.RespondAsync(responseUrl, message, ct);
            }
            else if (web.IsConfigured && target.Channel is { } channel)
            {
                await web.PostMessageAsync(SlackAnswerMessages.Post(answer, channel, target.ThreadTs), ct);
            }
            else
            {
                Log.NowhereToReply(logger, answer.GetType().Name);
            }
        }
        catch (SlackApiException ex)
        {
            // The client has logged the method and Slack's error code; the person who pressed the button is told.
            await NoticeAsync(target, ex.Method == "response_url" ? null : SlackBotWords.CouldNotDeliver, ct);
        }
    }

    /// <summary>Shares an answer with everyone in the conversation, through the response_url of the ephemeral message.</summary>
    public Task ShareAsync(Uri responseUrl, Answer answer, CancellationToken ct) =>
        web.RespondAsync(responseUrl, SlackAnswerMessages.Message(answer, SlackResponseType.InChannel) with { ReplaceOriginal = false }, ct);

    /// <summary>Tells the user a fixed sentence, ephemerally where a response_url allows, else in the conversation.</summary>
    public async Task NoticeAsync(SlackReplyTarget target, string? text, CancellationToken ct)
    {
        if (text is null)
        {
            return;
        }

        if (target.ResponseUrl is { } responseUrl)
        {
            await web.RespondAsync(responseUrl, SlackAnswerMessages.Notice(text), ct);
        }
        else if (web.IsConfigured && target.Channel is { } channel)
        {
            await web.PostMessageAsync(new ChatPostMessageRequest { Channel = channel, ThreadTs = target.ThreadTs, Text = text }, ct);
        }
        else
        {
            Log.NowhereToReply(logger, "notice");
        }
    }

    private async Task UploadAsync(SlackReplyTarget target, ExportAnswer file, CancellationToken ct)
    {
        if (!web.IsConfigured)
        {
            Log.BotTokenMissing(logger, "file export");
            await NoticeAsync(target, SlackBotWords.BotTokenMissing, ct);
            return;
        }

        if (target.Channel is not { } channel)
        {
            Log.NowhereToReply(logger, nameof(ExportAnswer));
            return;
        }

        var bytes = GoalFramesExport.Encode(file.Content, file.Format);
        await web.UploadFileAsync(channel, target.ThreadTs, file.FileName, bytes, file.FileName, ct);
    }
}
