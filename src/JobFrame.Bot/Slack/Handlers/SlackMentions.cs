using System.Text.RegularExpressions;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>Takes user mentions (<c>&lt;@U0LAN0Z89&gt;</c>, <c>&lt;@U0LAN0Z89|jobframe&gt;</c>) out of a message, so "@JobFrame goals for …" asks "goals for …".</summary>
internal static partial class SlackMentions
{
    public static string Strip(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : UserMention().Replace(text, " ").Trim();

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();
}
