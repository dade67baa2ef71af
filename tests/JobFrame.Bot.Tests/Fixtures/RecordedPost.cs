using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>One POST the bot made to the stand-in connector.</summary>
public sealed record RecordedPost(string ConversationId, string ReplyToId, string? Authorization, Activity Activity, int AnsweredStatus);
