namespace JobFrame.Bot.Slack;

/// <summary>Makes user-typed text safe inside mrkdwn, so <c>&lt;!channel&gt;</c> or <c>&lt;@U123&gt;</c> in a query can never ping anyone.</summary>
/// <remarks>See https://docs.slack.dev/messaging/formatting-message-text#escaping.</remarks>
public static class SlackMrkdwn
{
    /// <summary>Escapes the three characters Slack's formatting gives meaning to: &amp;, &lt; and &gt;.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }
}
