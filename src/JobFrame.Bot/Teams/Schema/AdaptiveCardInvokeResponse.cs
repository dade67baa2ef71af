using JobFrame.Bot.Http;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// The body of an <c>adaptiveCard/action</c> invoke response:
/// <c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":&lt;card&gt;}</c>
/// or a message response with a text value.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = AdaptiveCardAttachment.ContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public int StatusCode { get; init; } = 200;

    public required string Type { get; init; }

    public JsonPayload? Value { get; init; }
}
