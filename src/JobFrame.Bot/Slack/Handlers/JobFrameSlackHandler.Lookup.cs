using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>The "Look up a level" shortcut and its modal: ask, pick a candidate, see or post the answer.</summary>
internal sealed partial class JobFrameSlackHandler
{
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

        await web.OpenViewAsync(new ViewsOpenRequest { TriggerId = payload.TriggerId, View = SlackAnswerMessages.View(LookupModal.Ask()) }, ct);
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
            return ViewSubmissionResponse.Update(SlackAnswerMessages.View(LookupModal.Candidates(review, conversation)));
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
            .UpdateViewAsync(new ViewsUpdateRequest { ViewId = viewId, View = view! }, token));
    }

    private ViewSubmissionResponse ShowOrPost(string? conversation, Answer answer)
    {
        if (conversation is null)
        {
            return ViewSubmissionResponse.Update(SlackAnswerMessages.View(LookupModal.Showing(answer)));
        }

        Enqueue("lookup post", (services, token) => services.GetRequiredService<ISlackWebApi>()
            .PostMessageAsync(SlackAnswerMessages.Post(answer, conversation, null), token));
        return ViewSubmissionResponse.Update(SlackAnswerMessages.View(LookupModal.Posted(conversation)));
    }
}
