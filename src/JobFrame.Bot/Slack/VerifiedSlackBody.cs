namespace JobFrame.Bot.Slack;

/// <summary>The raw request body after its signature has been checked; the endpoints parse only this.</summary>
internal sealed record VerifiedSlackBody(byte[] Bytes);
