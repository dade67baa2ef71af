namespace JobFrame.Bot.Slack.Authentication;

/// <summary>The raw request body after its signature has been checked; the endpoints parse only this.</summary>
internal sealed record VerifiedSlackBody(byte[] Bytes);
