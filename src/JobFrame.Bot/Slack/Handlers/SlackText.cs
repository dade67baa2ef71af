using System.Text.RegularExpressions;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// What a person typed, recovered from Slack's text encoding
/// (https://docs.slack.dev/messaging/formatting-message-text#escaping): mentions of users, groups and channels and
/// special mentions (<c>&lt;!here&gt;</c>) dropped, a link reduced to its label, <c>&amp;amp;</c> <c>&amp;lt;</c> <c>&amp;gt;</c> decoded exactly once, and emoji
/// shortcodes (<c>:pray:</c>, <c>:+1::skin-tone-2:</c>) dropped, since they decorate the question and never ask one.
/// </summary>
internal static partial class SlackText
{
    /// <summary>The question in <paramref name="text"/>; empty when nothing but markup was sent.</summary>
    public static string Question(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Markup first: a literal < or > is always sent as an entity, so every real angle bracket is Slack's own.
        var plain = Markup().Replace(SlackMentions.Strip(text), match => match.Groups["label"].Success ? match.Groups["label"].Value : " ");
        var decoded = Entity().Replace(plain, match => match.Value switch
        {
            "&amp;" => "&",
            "&lt;" => "<",
            _ => ">",
        });
        var withoutEmoji = Emoji().Replace(decoded, " ");
        return string.Join(' ', withoutEmoji.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    // <#C123|general>, <!here>, <!subteam^S123|@team> go; <https://example.com|label> leaves its label.
    [GeneratedRegex(@"<[#!@][^>]*>|<[a-z][a-z0-9+.-]*:[^>|]*(?:\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex("&(?:amp|lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    // One or more shortcodes in a row (a skin tone is a second one), standing apart from words: "10:30" and "1:2:3" stay.
    [GeneratedRegex(@"(?<![\w:])(?::[a-z0-9_+'-]+:)+(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex Emoji();
}
