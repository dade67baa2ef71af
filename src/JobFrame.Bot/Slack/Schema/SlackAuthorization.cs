namespace JobFrame.Bot.Slack.Schema;

/// <summary>One installation an event was delivered for (<c>authorizations[]</c> in an event envelope).</summary>
public sealed class SlackAuthorization
{
    public string? EnterpriseId { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool IsBot { get; init; }
}
