using JobFrame.Bot.RateLimits;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>Buttons and modal submissions: which answer a press or a form asks for, and where it goes.</summary>
internal sealed partial class JobFrameSlackHandler
{
    public async Task OnBlockActionsAsync(BlockActionsPayload payload, CancellationToken ct)
    {
        if (payload.View?.CallbackId == LookupModal.ChooseCallbackId)
        {
            ChooseInLookup(payload);
            return;
        }

        var action = payload.Actions.FirstOrDefault(a => !string.IsNullOrEmpty(a.Value));
        if (action is null)
        {
            return;
        }

        var target = SlackReplyTarget.Of(payload);
        if (!await limiter.TryAcquireAsync(ChannelName, payload.User?.Id, target.Channel))
        {
            Notify(target, ChatRateLimiter.SlowDownNotice);
            return;
        }

        var data = ButtonValues.Read(action.Value!);
        if (action.ActionId == SlackAnswerMessages.ShareActionId)
        {
            Share(target, CardActionReader.Answer(engine, data));
        }
        else if (string.Equals(data.Verb, CardVerbs.Fill, StringComparison.OrdinalIgnoreCase))
        {
            await OpenFillInAsync(payload, target, data, ct);
        }
        else
        {
            Deliver(target, AnswerButton(data, payload.State), data);
        }
    }

    public Task<ViewSubmissionResponse?> OnViewSubmissionAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        Task.FromResult(payload.View.CallbackId == LookupModal.AskCallbackId ? SubmitLookup(payload) : SubmitFillIn(payload));

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

    private void Notify(SlackReplyTarget target, string text) => SlackReplyQueue.Notice(queue, logger, target, text);
}
