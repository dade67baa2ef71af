using System.Text.Json;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>The optional tenant allow-list: when it is set, only those organisations are served.</summary>
internal sealed class TenantPolicy(IOptions<BotFrameworkOptions> options)
{
    /// <summary>What a user of another organisation reads instead of an answer.</summary>
    public const string RefusalText =
        "Sorry, JobFrame isn't available for your organisation. If you think it should be, please ask your Teams administrator.";

    public bool Allows(Activity activity, out string? tenantId)
    {
        tenantId = TenantOf(activity);
        var allowed = options.Value.AllowedTenants;
        return allowed.Count == 0
            || (tenantId is not null && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
    }

    private static string? TenantOf(Activity activity)
    {
        if (activity.Conversation?.TenantId is { Length: > 0 } conversationTenant)
        {
            return conversationTenant;
        }

        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData)
        {
            try
            {
                return channelData.Deserialize(BotFrameworkJsonContext.Default.TeamsChannelData)?.Tenant?.Id;
            }
            catch (JsonException)
            {
                // channelData of an unexpected shape names no tenant; an allow-list then refuses it politely.
                return null;
            }
        }

        return null;
    }
}
