namespace JobFrame.Bot.Teams.Schema;

/// <summary>An Entra tenant as Teams names it in <c>channelData.tenant</c>.</summary>
public sealed class TenantInfo
{
    public string? Id { get; init; }
}
