namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>One client-credentials request the bot made to the stand-in token endpoint.</summary>
public sealed record RecordedTokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);
