namespace JobFrame.Bot.Teams.Schema;

/// <summary>The part of Teams' <c>channelData</c> the bot reads: which tenant the activity comes from.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
}
