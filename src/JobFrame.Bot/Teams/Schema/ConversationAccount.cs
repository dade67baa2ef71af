namespace JobFrame.Bot.Teams.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c> on Teams.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }
}
