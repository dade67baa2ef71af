using System.Text.Json;
using JobFrame.Bot.RateLimits;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Bot.Telemetry;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// The bot in Teams: typed messages and card buttons go to the engine and come back as Adaptive Cards; exports become
/// files in personal chats. Whatever a user sends, the answer is a card or a short message, never an error page: this
/// handler does not catch; the entry point logs a failure once (its type, never the message) and answers with the
/// apology of <see cref="OnActivityFailed"/> or <see cref="OnInvokeFailed"/>.
/// </summary>
internal sealed class JobFrameTeamsHandler(
    JobFrameEngine engine,
    ExportDelivery exports,
    InvokeFollowUps followUps,
    MessageExtensionSearch search,
    ChatRateLimiter limiter,
    QuestionTelemetry questions) : ITeamsActivityHandler
{
    public async Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(activity),
            ActivityTypes.ConversationUpdate when BotWasAdded(activity) =>
                [AnswerActivities.CardReply(activity, engine.Act(new ActionRequest(ActionVerb.Help)))],
            _ => [],
        };
    }

    public async Task<InvokeResponse> OnInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Name switch
        {
            InvokeNames.AdaptiveCardAction => await OnExecuteAsync(activity, cancellationToken),
            InvokeNames.FileConsent => await exports.OnConsentAsync(activity, cancellationToken),
            InvokeNames.ComposeExtensionQuery => search.OnQuery(activity),
            InvokeNames.ComposeExtensionSelectItem => search.OnSelectItem(activity),
            _ => InvokeResponse.Empty,
        };
    }

    /// <summary>A message that could not be answered gets an apology; a conversationUpdate, nothing.</summary>
    public IReadOnlyList<Activity> OnActivityFailed(Activity activity) =>
        activity.Type == ActivityTypes.Message ? [AnswerActivities.TextReply(activity, TeamsBotWords.SomethingWentWrong)] : [];

    /// <summary>An invoke that could not be answered shows the apology and leaves the card as it was.</summary>
    public InvokeResponse OnInvokeFailed(Activity invoke) => AnswerActivities.MessageInvokeResponse(TeamsBotWords.SomethingWentWrong);

    /// <summary>A typed message (mention stripped), or an Action.Submit whose data and inputs arrive in <c>value</c>.</summary>
    private async Task<IReadOnlyList<Activity>> OnMessageAsync(Activity activity)
    {
        if (!await limiter.TryAcquireAsync(activity.ChannelId ?? "msteams", activity.From?.Id, activity.Conversation?.Id))
        {
            return [AnswerActivities.TextReply(activity, ChatRateLimiter.SlowDownNotice)];
        }

        if (activity.Value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } value)
        {
            var request = CardActionPayload.FromSubmit(value);
            if (request is null)
            {
                return [AnswerActivities.CardReply(activity, AnswerActivities.UnrecognisedAction(engine))];
            }

            var answer = CardActionReader.Answer(engine, request);
            return answer is ExportAnswer export
                ? exports.Offer(activity, export, request)
                : [AnswerActivities.CardReply(activity, answer)];
        }

        return [AnswerActivities.CardReply(activity, questions.Ask(engine, activity.ChannelId ?? "msteams", MentionText.WithoutBotMention(activity)))];
    }

    /// <summary>
    /// Action.Execute: the refreshed card goes back in the HTTP body. An export is posted as its own message (a file
    /// offer or the export card) so the filled-in card stays as it was, and the invoke says so only once the connector
    /// took it. Where it could not be posted (a chat the bot is not a member of, where the message extension inserted
    /// the card), the export itself comes back in place of the card, or a sentence when it is too large for that.
    /// </summary>
    private async Task<InvokeResponse> OnExecuteAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await limiter.TryAcquireAsync(activity.ChannelId ?? "msteams", activity.From?.Id, activity.Conversation?.Id))
        {
            return AnswerActivities.MessageInvokeResponse(ChatRateLimiter.SlowDownNotice);
        }

        var request = CardActionPayload.FromExecute(activity.Value);
        if (request is null)
        {
            return AnswerActivities.CardInvokeResponse(AnswerActivities.UnrecognisedAction(engine));
        }

        var answer = CardActionReader.Answer(engine, request);
        if (answer is ExportAnswer export)
        {
            switch (await followUps.PostNowAsync(activity, exports.Offer(activity, export, request), cancellationToken))
            {
                case FollowUpOutcome.Posted:
                    return AnswerActivities.MessageInvokeResponse(
                        ExportDelivery.CanSendFiles(activity) ? TeamsBotWords.FileOffered : TeamsBotWords.ExportPosted);
                case FollowUpOutcome.NotPosted:
                    return AnswerActivities.FittingCardInvokeResponse(export)
                        ?? AnswerActivities.MessageInvokeResponse(TeamsBotWords.ExportNotPostedTooLarge);
            }
        }

        return AnswerActivities.CardInvokeResponse(answer);
    }

    /// <summary>True when this conversationUpdate adds the bot itself, not when other members join later.</summary>
    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && activity.MembersAdded?.Any(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true;
}
