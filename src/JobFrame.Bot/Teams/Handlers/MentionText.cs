using System.Net;
using System.Text.RegularExpressions;
using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>Recovers what the user typed from a Teams message that addresses the bot with an @mention.</summary>
public static partial class MentionText
{
    /// <summary>
    /// The activity's text without the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mentions, without the markup Teams puts
    /// around a question (<see cref="WithoutInlineMarkup"/>), with the non-breaking spaces Teams puts around mentions
    /// turned into spaces, runs of spaces collapsed, and the trailing newline Teams adds to channel messages trimmed.
    /// Mentions of other people stay.
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

        text = WithoutInlineMarkup(text).Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        text = WebUtility.HtmlDecode(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// <paramref name="text"/> without what Teams adds that is not the question: a quoted reply's
    /// <c>&lt;quoted messageId="…"/&gt;</c> marker (sent with a <c>quotedReply</c> entity), the older reply gesture's
    /// <c>&lt;blockquote itemtype="http://schema.skype.com/Reply"&gt;</c> with its preview of the quoted message,
    /// and formatting tags (<c>&lt;p&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;br&gt;</c>, <c>&lt;emoji&gt;</c> …), whose text stays.
    /// <c>&lt;at&gt;</c> mentions are left for the caller.
    /// </summary>
    public static string WithoutInlineMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutQuotes = Quoted().Replace(text, " ");
        return Tag().Replace(withoutQuotes, " ");
    }

    // The quote marker (self-closing or not) and a quoted block with everything inside it: the quoted message is not the question.
    [GeneratedRegex(@"<quoted\b[^>]*/>|<quoted\b[^>]*>.*?</quoted\s*>|<blockquote\b[^>]*>.*?</blockquote\s*>",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Quoted();

    // Any other opening, closing or self-closing tag except <at>, which marks a mention.
    [GeneratedRegex(@"</?(?!at\b)[a-z][a-z0-9:-]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
