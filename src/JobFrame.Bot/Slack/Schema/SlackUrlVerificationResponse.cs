namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer to a <c>url_verification</c> request: the challenge, echoed.</summary>
/// <remarks>See https://docs.slack.dev/reference/events/url_verification.</remarks>
public sealed class SlackUrlVerificationResponse
{
    public required string Challenge { get; init; }
}
