using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>One POST the bot made to the stand-in connector: the activity, and the exact bytes and media type it came as.</summary>
public sealed record RecordedPost(string ConversationId, string ReplyToId, string? Authorization, Activity Activity, int AnsweredStatus)
{
    public byte[] Body { get; init; } = [];

    public string? ContentType { get; init; }
}
