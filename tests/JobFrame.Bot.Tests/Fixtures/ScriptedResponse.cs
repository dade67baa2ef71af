namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>What the stand-in connector answers to the next post in a conversation.</summary>
public sealed record ScriptedResponse(int Status, string? RetryAfter = null);
