namespace JobFrame.Bot.Teams.Schema;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>, a mention).</summary>
public sealed class ChannelAccount
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The Entra object id Teams adds for users.</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; init; }
}
