namespace JobFrame.Bot.Slack.Schema;

/// <summary>The answer to a <c>url_verification</c> request: the challenge, echoed.</summary>
public sealed record SlackUrlVerificationResponse(string Challenge);
