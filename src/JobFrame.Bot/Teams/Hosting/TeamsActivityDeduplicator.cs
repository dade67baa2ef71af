using System.Security.Cryptography;
using System.Text;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// Answers each Teams message and conversationUpdate once, across instances, when the Bot Connector delivers it again
/// (it retries an activity whose POST timed out or failed). Only activities answered through the Connector are
/// claimed: an invoke or an expectReplies turn carries its answer in the HTTP response, so its retry must be answered
/// again, not acknowledged empty.
/// </summary>
internal sealed class TeamsActivityDeduplicator(EventClaims claims)
{
    /// <summary>The Connector gives up on an activity within minutes; an hour covers its retries with room.</summary>
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    /// <summary>True when this activity is to be answered: the first delivery of it, or one that is never claimed.</summary>
    public async Task<bool> TryClaimAsync(Activity activity)
    {
        if (activity.ExpectsReplies || string.IsNullOrEmpty(activity.Id) || activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            return true;
        }

        return await claims.TryClaimAsync(Key(activity), Remember);
    }

    /// <summary>
    /// Activity ids are unique within a conversation; the key is a digest of both, so the shared store holds no
    /// conversation id.
    /// </summary>
    private static string Key(Activity activity)
    {
        var scoped = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        return "teams:activity:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scoped)), 0, 16);
    }
}
