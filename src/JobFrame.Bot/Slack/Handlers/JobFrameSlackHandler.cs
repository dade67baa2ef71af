using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using JobFrame.Bot.RateLimits;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Bot.Telemetry;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// The bot's answers in Slack: slash commands answered in the HTTP response, mentions and direct messages answered in
/// their thread, buttons (exports, candidates, levels, comparisons, frames, fill-in, share) and the fill-in modal.
/// Every button value is a card payload (<see cref="ButtonValues"/>), so nothing is remembered between requests.
/// Bad input is caught here, logged once without its text, and answered kindly: never a 500.
/// </summary>
internal sealed class JobFrameSlackHandler(
    JobFrameEngine engine,
    ISlackWebApi web,
    ISlackBackgroundQueue queue,
    ChatRateLimiter limiter,
    QuestionTelemetry questions,
    ILogger<JobFrameSlackHandler> logger) : ISlackHandler
{
    private const string ChannelName = "slack";

    private const string FillCallbackPrefix = CardActionReader.FillVerb + ".";

    public async Task<SlackMessage> OnSlashCommandAsync(SlashCommand command, CancellationToken ct)
    {
        if (!await limiter.TryAcquireAsync(ChannelName, command.UserId, command.ChannelId))
        {
            return SlackAnswerMessages.Notice(ChatRateLimiter.SlowDownNotice);
        }

        try
        {
            var question = SlackText.Question(command.Text);
            var shareAs = new CardActionData { Verb = CardActionReader.AskVerb, Query = question };
            return SlackAnswerMessages.Message(Ask(question), SlackResponseType.Ephemeral, shareAs);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, "slash command", ex.GetType().Name);
            return SlackAnswerMessages.Notice(SlackBotWords.CouldNotAnswer);
        }
    }

    public async Task OnMessageEventAsync(SlackEvent message, CancellationToken ct)
    {
        if (!web.IsConfigured)
        {
            // Events carry no response_url: without the token there is no way to answer at all.
            Log.BotTokenMissing(logger, "reply to " + message.Type);
            return;
        }

        try
        {
            if (!await limiter.TryAcquireAsync(ChannelName, message.User, message.Channel))
            {
                await web.PostMessageAsync(SlackAnswerMessages.PostNotice(ChatRateLimiter.SlowDownNotice, message.Channel!, message.ReplyThreadTs), ct);
                return;
            }

            var answer = Ask(SlackText.Question(message.Text));
            await web.PostMessageAsync(SlackAnswerMessages.Post(answer, message.Channel!, message.ReplyThreadTs), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, message.Type, ex.GetType().Name);
        }
    }

    public async Task<IResult?> OnBlockActionsAsync(BlockActionsPayload payload, CancellationToken ct)
    {
        if (payload.View?.CallbackId == LookupModal.ChooseCallbackId)
        {
            ChooseInLookup(payload);
            return null;
        }

        var target = SlackReplyTarget.Of(payload);
        try
        {
            var action = payload.Actions.FirstOrDefault(a => !string.IsNullOrEmpty(a.Value));
            if (action is null)
            {
                return null;
            }

            if (!await limiter.TryAcquireAsync(ChannelName, payload.User?.Id, target.Channel))
            {
                Notify(target, ChatRateLimiter.SlowDownNotice);
                return null;
            }

            var data = ButtonValues.Read(action.Value!);
            if (action.ActionId == SlackAnswerMessages.ShareActionId)
            {
                Share(target, CardActionReader.Answer(engine, data));
            }
            else if (string.Equals(data.Verb, CardActionReader.FillVerb, StringComparison.OrdinalIgnoreCase))
            {
                await OpenFillInAsync(payload, target, data, ct);
            }
            else
            {
                Deliver(target, AnswerButton(data, payload.State), data);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, "block_actions", ex.GetType().Name);
            Notify(target, SlackBotWords.CouldNotAnswer);
        }

        return null;
    }

    public Task<ViewSubmissionResponse?> OnViewSubmissionAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        try
        {
            if (payload.View.CallbackId == LookupModal.AskCallbackId)
            {
                return Task.FromResult<ViewSubmissionResponse?>(SubmitLookup(payload));
            }

            return Task.FromResult(SubmitFillIn(payload));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, "view_submission", ex.GetType().Name);
            return Task.FromResult<ViewSubmissionResponse?>(SorryView());
        }
    }

    /// <summary>The "Look up a level" global shortcut: opens the lookup modal at once (the trigger_id lives three seconds).</summary>
    public async Task OnShortcutAsync(ShortcutPayload payload, CancellationToken ct)
    {
        if (payload.CallbackId != LookupModal.ShortcutCallbackId || string.IsNullOrEmpty(payload.TriggerId))
        {
            return;
        }

        if (!web.IsConfigured)
        {
            Log.BotTokenMissing(logger, "lookup shortcut");
            return;
        }

        try
        {
            await web.OpenViewAsync(new ViewsOpenRequest { TriggerId = payload.TriggerId, View = SlackAnswerMessages.ViewJson(LookupModal.Ask()) }, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, "shortcut", ex.GetType().Name);
        }
    }

    /// <summary>
    /// The lookup modal's submission: an empty title is an error on its field; needs-review candidates replace the
    /// modal's content; a confident answer is posted to the chosen conversation, or shown in the modal when none was chosen.
    /// </summary>
    private ViewSubmissionResponse SubmitLookup(ViewSubmissionPayload payload)
    {
        var title = payload.View.State?.Find(LookupModal.TitleBlockId, LookupModal.TitleActionId)?.Value?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { [LookupModal.TitleBlockId] = SlackBotWords.TitleMissing });
        }

        var conversation = payload.View.State?.Find(LookupModal.ConversationBlockId, LookupModal.ConversationActionId)?.SelectedConversation;
        var answer = engine.Respond(new ChatCommand(CommandIntent.Level, title));
        if (answer is NeedsReviewAnswer review)
        {
            return ViewSubmissionResponse.Update(SlackAnswerMessages.ViewJson(LookupModal.Candidates(review, conversation)));
        }

        return ShowOrPost(answer is LevelAnswer ? conversation : null, answer);
    }

    /// <summary>A candidate picked in the lookup modal: its answer, posted or shown in place of the candidates.</summary>
    private void ChooseInLookup(BlockActionsPayload payload)
    {
        var value = payload.Actions.FirstOrDefault(a => !string.IsNullOrEmpty(a.Value))?.Value;
        if (value is null || payload.View?.Id is not { } viewId)
        {
            return;
        }

        var answer = CardActionReader.Answer(engine, ButtonValues.Read(value));
        var conversation = payload.View.PrivateMetadata;
        var view = ShowOrPost(string.IsNullOrEmpty(conversation) ? null : conversation, answer).View;
        Enqueue("lookup choice", (services, token) => services.GetRequiredService<ISlackWebApi>()
            .UpdateViewAsync(new ViewsUpdateRequest { ViewId = viewId, View = view!.Value }, token));
    }

    private ViewSubmissionResponse ShowOrPost(string? conversation, Answer answer)
    {
        if (conversation is null)
        {
            return ViewSubmissionResponse.Update(SlackAnswerMessages.ViewJson(LookupModal.Showing(answer)));
        }

        Enqueue("lookup post", (services, token) => services.GetRequiredService<ISlackWebApi>()
            .PostMessageAsync(SlackAnswerMessages.Post(answer, conversation, null), token));
        return ViewSubmissionResponse.Update(SlackAnswerMessages.ViewJson(LookupModal.Posted(conversation)));
    }

    private Answer Ask(string question) =>
        string.IsNullOrWhiteSpace(question) ? engine.Act(new ActionRequest(ActionVerb.Help)) : questions.Ask(engine, ChannelName, question);

    /// <summary>A button's answer; an export takes the filled-in values from the message's inputs, if it has any.</summary>
    private Answer AnswerButton(CardActionData data, SlackViewState? state)
    {
        if (CardActionReader.QuestionOf(data) is { } question)
        {
            return questions.Ask(engine, ChannelName, question);
        }

        var request = CardActionReader.Read(data);
        var (fills, _) = FillInValues.Read(state);
        return engine.Act(fills.FillIds.Count > 0 ? request with { Fills = fills } : request);
    }

    private async Task OpenFillInAsync(BlockActionsPayload payload, SlackReplyTarget target, CardActionData data, CancellationToken ct)
    {
        if (!web.IsConfigured)
        {
            Log.BotTokenMissing(logger, "fill-in form");
            Notify(target, SlackBotWords.BotTokenMissing);
            return;
        }

        var request = CardActionReader.Read(data);
        if (engine.Act(request) is not GoalsAnswer goals || target.Channel is null || string.IsNullOrEmpty(payload.TriggerId))
        {
            Notify(target, SlackBotWords.CouldNotAnswer);
            return;
        }

        var frame = request.Frame is { } asked && goals.Frames.Find(asked) is not null ? asked : goals.Frames.Frames[0].Kind;
        var metadata = new FillInMetadata
        {
            Channel = target.Channel,
            ThreadTs = target.ThreadTs,
            ProfileCode = goals.Profile.Code,
            Frame = frame.Key(),
            Private = target.IsPrivate,
            ResponseUrl = target.IsPrivate ? target.ResponseUrl?.AbsoluteUri : null,
        };
        var view = BlockKitRenderer.FillInModal(goals, frame, metadata.Write());

        // The trigger_id lives three seconds: the modal opens now, not from the background queue.
        await web.OpenViewAsync(new ViewsOpenRequest { TriggerId = payload.TriggerId, View = SlackAnswerMessages.ViewJson(view) }, ct);
    }

    private ViewSubmissionResponse? SubmitFillIn(ViewSubmissionPayload payload)
    {
        var view = payload.View;
        if (view.CallbackId?.StartsWith(FillCallbackPrefix, StringComparison.Ordinal) != true)
        {
            Log.SubmissionIgnored(logger, "not a fill-in form of this bot");
            return null;
        }

        var metadata = FillInMetadata.Read(view.PrivateMetadata);
        if (metadata is null || !FrameKinds.TryParse(metadata.Frame, out var frame))
        {
            Log.SubmissionIgnored(logger, "the form does not say where its export goes");
            return SorryView();
        }

        var (fills, errors) = FillInValues.Read(view.State);
        if (errors.Count > 0)
        {
            return ViewSubmissionResponse.WithErrors(errors);
        }

        var format = ExportFormats.TryParse(metadata.Format, out var parsed) ? parsed : ExportFormat.Text;
        var answer = engine.Act(new ActionRequest(ActionVerb.Export, metadata.ProfileCode, Frame: frame, Format: format, Fills: fills));
        // A form opened from a private answer sends its export, with the values typed into it, only to its user.
        var responseUrl = metadata.Private && Uri.TryCreate(metadata.ResponseUrl, UriKind.Absolute, out var url) ? url : null;
        Deliver(new SlackReplyTarget(metadata.Channel, metadata.ThreadTs, responseUrl, metadata.Private, payload.User?.Id), answer, null);
        return null;
    }

    // The modal stays open with a plain apology instead of closing as if the export had been posted.
    private static ViewSubmissionResponse SorryView() => ViewSubmissionResponse.Update(SlackAnswerMessages.ViewJson(new ModalView
    {
        Title = new PlainText(SlackBotWords.ProductName),
        Close = new PlainText(SlackBotWords.Close),
        Blocks = [new SectionBlock { Text = new Mrkdwn(SlackBotWords.CouldNotAnswer) }],
    }));

    private void Share(SlackReplyTarget target, Answer answer)
    {
        if (target.ResponseUrl is not { } responseUrl)
        {
            Log.NowhereToReply(logger, "share");
            return;
        }

        Enqueue("share", (services, token) => services.GetRequiredService<SlackReplies>().ShareAsync(responseUrl, answer, token));
    }

    private void Deliver(SlackReplyTarget target, Answer answer, CardActionData? shareAs) =>
        Enqueue("reply", (services, token) => services.GetRequiredService<SlackReplies>().DeliverAsync(target, answer, shareAs, token), target.Channel);

    private void Notify(SlackReplyTarget target, string text) =>
        Enqueue("notice", (services, token) => services.GetRequiredService<SlackReplies>().NoticeAsync(target, text, token), target.Channel);

    // Replies go out after the acknowledgement; a full queue drops the reply rather than keep Slack waiting past 3 seconds.
    private void Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work, string? conversation = null)
    {
        if (!queue.TryEnqueue("slack " + name, work, conversation))
        {
            Log.ReplyQueueFull(logger, name);
        }
    }
}
