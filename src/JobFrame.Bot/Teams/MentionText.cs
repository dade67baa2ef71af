using System.Net;
using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams;

/// <summary>Recovers what the user typed from a Teams message that addresses the bot with an @mention.</summary>
public static class MentionText
{
    /// <summary>
    /// The activity's text without the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mentions, with the
    /// non-breaking spaces Teams puts around them turned into spaces, runs of spaces collapsed, and the
    /// trailing newline Teams adds to channel messages trimmed. Mentions of other people stay.
    /// </summary>
    public static string WithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            var isBotMention = string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
                && botId is not null
                && string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal)
                && !string.IsNullOrEmpty(entity.Text);
            if (isBotMention)
            {
                text = text.Replace(entity.Text!, " ", StringComparison.Ordinal);
            }
        }

        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        return WebUtility.HtmlDecode(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Trim();
    }
}
