using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// Block Kit building blocks. All text, canon or typed, goes through <see cref="Mrkdwn.Escape"/> so it can neither
/// ping, link nor restyle; only the fixed labels around it are formatted.
/// </summary>
internal static class SlackParts
{
    /// <summary>A header when the text fits Slack's 150 characters, else a bold section: a title is never cut.</summary>
    public static Block Header(string text) =>
        text.Length <= SlackLimits.HeaderTextLength
            ? new HeaderBlock { Text = new PlainText(text) }
            : Section("*" + Mrkdwn.Escape(text) + "*");

    public static SectionBlock Section(string mrkdwn) => new() { Text = new Mrkdwn(mrkdwn) };

    public static ContextBlock Context(string text) => new() { Elements = [ContextText(text)] };

    /// <summary>
    /// One context element: the text escaped and, when it would pass Slack's 3,000 characters, cut at the longest
    /// prefix that fits, with "…". Only an echo of what someone typed grows that long (the question in "Why this
    /// match?"); cutting it whole-character keeps the block from being refused, and canon text never comes near it.
    /// </summary>
    public static Mrkdwn ContextText(string text)
    {
        var escaped = Mrkdwn.Escape(text);
        if (escaped.Length <= SlackLimits.ContextTextLength)
        {
            return new Mrkdwn(escaped);
        }

        // The longest prefix whose escaped form leaves room for the ellipsis; escaping only lengthens text, so the
        // escaped length grows with the prefix and a binary search finds it.
        var (fits, over) = (0, text.Length);
        while (over - fits > 1)
        {
            var middle = (fits + over) / 2;
            (fits, over) = Mrkdwn.Escape(text[..middle]).Length < SlackLimits.ContextTextLength ? (middle, over) : (fits, middle);
        }

        if (fits > 0 && char.IsHighSurrogate(text[fits - 1]))
        {
            fits--;
        }

        return new Mrkdwn(Mrkdwn.Escape(text[..fits]) + "…");
    }

    public static string Bold(string label) => "*" + Mrkdwn.Escape(label) + "*";

    /// <summary>A button whose value is the payload; its title is kept within Slack's 75 characters by the caller's choice of words.</summary>
    public static ButtonElement Button(string actionId, string title, CardActionData data, ButtonStyle style = ButtonStyle.Default) => new()
    {
        ActionId = actionId,
        Text = new PlainText(title.Length <= SlackLimits.ButtonTextLength ? title : title[..(SlackLimits.ButtonTextLength - 1)] + "…"),
        Value = ButtonValues.Write(data),
        Style = style,
    };

    /// <summary>Buttons in rows of at most 25 (Slack's limit per actions block).</summary>
    public static IEnumerable<ActionsBlock> Actions(IReadOnlyList<ButtonElement> buttons)
    {
        for (var i = 0; i < buttons.Count; i += SlackLimits.ActionsElements)
        {
            yield return new ActionsBlock { Elements = [.. buttons.Skip(i).Take(SlackLimits.ActionsElements)] };
        }
    }

    /// <summary>Text split at line ends into pieces Slack takes (a section's 3,000 characters): nothing is dropped.</summary>
    public static IEnumerable<string> Chunks(string text, int limit = SlackLimits.SectionTextLength)
    {
        var current = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var piece = line;
            while (piece.Length > limit)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                yield return piece[..limit];
                piece = piece[limit..];
            }

            if (current.Length + piece.Length + 1 > limit && current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
