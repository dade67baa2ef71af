using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// Delivers answers to interactions, after the acknowledgement. A private target (an ephemeral answer, a modal, or a
/// form opened from one) gets everything only for its user: messages ephemerally through the response_url, else in
/// the bot's direct message with them; Markdown and CSV files always in that direct message. Any other target gets
/// its conversation and thread: messages with chat.postMessage, files shared there. Without a bot token, whatever
/// needs one is replaced by a plain notice.
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

            if ((target.IsPrivate || !web.IsConfigured) && target.ResponseUrl is { } responseUrl)
            {
                var message = SlackAnswerMessages.Message(answer, SlackResponseType.Ephemeral, shareAs, replaceOriginal: false);
                await RespondPrivatelyAsync(target, responseUrl, message, answer, ct);
            }
            else if (target.IsPrivate)
            {
                await PostInDirectMessageAsync(target, channel => SlackAnswerMessages.Post(answer, channel, null), ct);
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
            // Behaviour, not the failure policy: Slack refused this delivery, and the person who pressed the button is
            // told so by another way in. The client has logged the method and Slack's error code.
            await NoticeAsync(target, ex.Method == "response_url" ? null : SlackBotWords.CouldNotDeliver, ct);
        }
    }

    /// <summary>Shares an answer with everyone in the conversation, through the response_url of the ephemeral message.</summary>
    public Task ShareAsync(Uri responseUrl, Answer answer, CancellationToken ct) =>
        web.RespondAsync(responseUrl, SlackAnswerMessages.Message(answer, SlackResponseType.InChannel, replaceOriginal: false), ct);

    /// <summary>
    /// Tells the user a fixed sentence: ephemerally where a response_url allows; else, for a private target, in the
    /// direct message; else in the conversation.
    /// </summary>
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
        else if (target.IsPrivate)
        {
            await PostInDirectMessageAsync(target, channel => SlackAnswerMessages.PostNotice(text, channel, null), ct);
        }
        else if (web.IsConfigured && target.Channel is { } channel)
        {
            await web.PostMessageAsync(SlackAnswerMessages.PostNotice(text, channel, target.ThreadTs), ct);
        }
        else
        {
            Log.NowhereToReply(logger, "notice");
        }
    }

    // A response_url lives 30 minutes: a form submitted later still reaches its user, in the direct message.
    private async Task RespondPrivatelyAsync(SlackReplyTarget target, Uri responseUrl, SlackMessage message, Answer answer, CancellationToken ct)
    {
        try
        {
            await web.RespondAsync(responseUrl, message, ct);
        }
        catch (SlackApiException) when (target.IsPrivate && web.IsConfigured && target.User is not null)
        {
            // Behaviour: an expired response_url is not a failure of the turn; the answer goes the other private way.
            await PostInDirectMessageAsync(target, channel => SlackAnswerMessages.Post(answer, channel, null), ct);
        }
    }

    private async Task PostInDirectMessageAsync(SlackReplyTarget target, Func<string, ChatPostMessageRequest> message, CancellationToken ct)
    {
        if (!web.IsConfigured || target.User is not { } user)
        {
            Log.NowhereToReply(logger, "private reply");
            return;
        }

        var channel = await web.OpenDirectMessageAsync(user, ct);
        await web.PostMessageAsync(message(channel), ct);
    }

    private async Task UploadAsync(SlackReplyTarget target, ExportAnswer file, CancellationToken ct)
    {
        if (!web.IsConfigured)
        {
            Log.BotTokenMissing(logger, "file export");
            await NoticeAsync(target, SlackBotWords.BotTokenMissing, ct);
            return;
        }

        var bytes = GoalFramesExport.Encode(file.Content, file.Format);
        if (target.IsPrivate)
        {
            // Sharing a file in the channel would show a private answer's export, and its filled-in values, to everyone.
            if (target.User is not { } user)
            {
                Log.NowhereToReply(logger, nameof(ExportAnswer));
                return;
            }

            var directMessage = await web.OpenDirectMessageAsync(user, ct);
            await web.UploadFileAsync(directMessage, null, file.FileName, bytes, file.FileName, ct);
            if (target.ResponseUrl is not null)
            {
                await NoticeAsync(target, SlackBotWords.SentPrivately, ct);
            }

            return;
        }

        if (target.Channel is not { } channel)
        {
            Log.NowhereToReply(logger, nameof(ExportAnswer));
            return;
        }

        await web.UploadFileAsync(channel, target.ThreadTs, file.FileName, bytes, file.FileName, ct);
    }
}
