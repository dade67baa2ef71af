using JobFrame.Bot.Http;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>Turns engine answers into what Teams shows: a card reply, a card for an invoke's HTTP body, or a short text.</summary>
internal static class AnswerActivities
{
    /// <summary>
    /// A reply carrying the answer's card (Action.Submit buttons), with its first plain-text line as the summary; or,
    /// should it not fit in one Teams message (<see cref="ActivityJson.MaxUtf16Bytes"/>), a sentence saying so.
    /// </summary>
    public static Activity CardReply(Activity inbound, Answer answer) =>
        FittingCardReply(inbound, answer) ?? TextReply(inbound, TeamsBotWords.AnswerTooLarge);

    /// <summary>The card reply of <see cref="CardReply"/>, or null when its JSON is over <see cref="ActivityJson.MaxUtf16Bytes"/>.</summary>
    public static Activity? FittingCardReply(Activity inbound, Answer answer)
    {
        var card = AdaptiveCardRenderer.Render(answer, CardRenderOptions.Default);
        var reply = inbound.CreateReply(
            summary: card.FallbackText, attachments: [AdaptiveCardAttachment.From(card, AdaptiveCardJsonContext.Default.AdaptiveCard)]);
        return ActivityJson.Fits(reply) ? reply : null;
    }

    /// <summary>
    /// The <c>adaptiveCard/action</c> response that replaces the pressed card with the answer's card, drawn with
    /// Action.Execute buttons so the refreshed card keeps working where only invokes reach the bot.
    /// </summary>
    public static InvokeResponse CardInvokeResponse(Answer answer) =>
        FittingCardInvokeResponse(answer) ?? MessageInvokeResponse(TeamsBotWords.AnswerTooLarge);

    /// <summary>The response of <see cref="CardInvokeResponse"/>, or null when its JSON is over <see cref="ActivityJson.MaxUtf16Bytes"/>.</summary>
    public static InvokeResponse? FittingCardInvokeResponse(Answer answer)
    {
        var card = AdaptiveCardRenderer.Render(answer, new CardRenderOptions(BotActionKind.Execute));
        var body = new AdaptiveCardInvokeResponse
        {
            Type = AdaptiveCardInvokeResponse.CardType,
            Value = JsonPayload.From(card, AdaptiveCardJsonContext.Default.AdaptiveCard),
        };
        var size = ActivityJson.Utf16Bytes(ActivityJson.Serialize(body, BotFrameworkJsonContext.Default.AdaptiveCardInvokeResponse));
        return size <= ActivityJson.MaxUtf16Bytes ? InvokeBody(body) : null;
    }

    /// <summary>An <c>adaptiveCard/action</c> response that shows a short message and leaves the card as it is.</summary>
    public static InvokeResponse MessageInvokeResponse(string text) =>
        InvokeBody(new AdaptiveCardInvokeResponse
        {
            Type = AdaptiveCardInvokeResponse.MessageType,
            Value = JsonPayload.From(text, BotFrameworkJsonContext.Default.String),
        });

    /// <summary>A plain-text reply.</summary>
    public static Activity TextReply(Activity inbound, string text) => inbound.CreateReply(text);

    /// <summary>Help, saying the button or payload was not recognised: what a malformed card action gets.</summary>
    public static Answer UnrecognisedAction(JobFrameEngine engine)
    {
        var answer = engine.Act(new ActionRequest(ActionVerb.Help));
        return answer is HelpAnswer help ? help with { Notice = EngineNotices.UnknownAction } : answer;
    }

    private static InvokeResponse InvokeBody(AdaptiveCardInvokeResponse body) =>
        new() { Body = JsonPayload.From(body, BotFrameworkJsonContext.Default.AdaptiveCardInvokeResponse) };
}
