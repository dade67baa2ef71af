using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace JobFrame.Cards.BlockKit;

/// <summary>Text in Slack's mrkdwn. User-typed text goes through <see cref="Escape"/> first.</summary>
public sealed class Mrkdwn : TextObject
{
    /// <summary>The JSON <c>type</c> of a Mrkdwn.</summary>
    public const string TypeName = "mrkdwn";

    private const char ZeroWidthSpace = '\u200B';

    private static readonly SearchValues<char> Specials = SearchValues.Create("&<>*_~`");
    private static readonly SearchValues<char> CodeBlockSpecials = SearchValues.Create("&<>`");

    public Mrkdwn()
        : base(TypeName)
    {
    }

    [SetsRequiredMembers]
    public Mrkdwn(string text)
        : this() => Text = text;

    /// <summary>When true Slack leaves bare URLs and names unlinked; <c>false</c> is omitted.</summary>
    public bool Verbatim { get; init; }

    public static implicit operator Mrkdwn(string text) => new(text);

    /// <summary>
    /// Makes text safe inside a code block (<c>```</c>), where Slack applies no formatting: only its control characters
    /// are replaced by their entities (&amp;, &lt;, &gt;), and a zero-width space is put between two backticks in a row so
    /// no run of three can close the block early. Everything else is left as it is, so text copied out of the block is
    /// the text that went in.
    /// </summary>
    public static string EscapeInCodeBlock(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(CodeBlockSpecials))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var previous = '\0';
        foreach (var c in text)
        {
            if (Entity(c) is { } entity)
            {
                builder.Append(entity);
            }
            else if (c == '`' && previous == '`')
            {
                builder.Append(ZeroWidthSpace).Append(c);
            }
            else
            {
                builder.Append(c);
            }

            previous = c;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Makes user-typed text inert inside mrkdwn. Slack's documented control characters are replaced by their
    /// entities (&amp; → &amp;amp;, &lt; → &amp;lt;, &gt; → &amp;gt;), so "&lt;!channel&gt;" or "&lt;https://x|click&gt;" can neither
    /// ping nor link. Slack has no escape for its formatting markers, so after each of * _ ~ ` a zero-width space
    /// (U+200B) is written: the marker is still shown, but it no longer touches the text it would style,
    /// which is what Slack needs to apply bold, italic, strikethrough or code. Nothing visible is added or dropped.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Specials))
        {
            // Most text has nothing to escape: hand back the same string rather than a copy.
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Entity(c) is { } entity)
            {
                builder.Append(entity);
            }
            else if (c is '*' or '_' or '~' or '`')
            {
                builder.Append(c).Append(ZeroWidthSpace);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The entity Slack requires in place of one of its control characters (&amp; &lt; &gt;), or null.</summary>
    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}
