namespace JobFrame.Bot.Slack.Schema;

/// <summary>
/// What Slack posts to the Events API request URL: a <c>url_verification</c> challenge or an <c>event_callback</c>.
/// </summary>
/// <remarks>See https://docs.slack.dev/apis/events-api/.</remarks>
public sealed class SlackEventEnvelope
{
    public const string UrlVerificationType = "url_verification";
    public const string EventCallbackType = "event_callback";

    public string Type { get; init; } = "";
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Unique per event, and the same on every retry of it: the de-duplication key.</summary>
    public string? EventId { get; init; }

    public long? EventTime { get; init; }
    public SlackEvent? Event { get; init; }

    /// <summary>Who the event was delivered for; the bot's own user id is among them.</summary>
    public IReadOnlyList<SlackAuthorization>? Authorizations { get; init; }
}
