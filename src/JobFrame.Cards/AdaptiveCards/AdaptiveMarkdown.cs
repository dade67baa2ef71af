using System.Buffers;
using System.Text;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// Escaping for text a user typed (an echoed query, a filled-in value) before it goes into a <see cref="TextBlock"/>,
/// whose text is read as a markdown subset (bold, italic, links, bulleted and numbered lists).
/// </summary>
/// <remarks>
/// The rule: every character that can open or close markdown syntax gets a backslash in front, which markdown
/// reads as "this character, literally": <c>\ * _ [ ] ( ) # &gt; `</c>, plus <c>~</c> (strikethrough in some hosts).
/// A line that would start a list keeps its marker as text: a leading <c>-</c> or <c>+</c> is escaped, and a
/// leading number's dot (<c>1.</c>) or parenthesis (<c>1)</c>) is escaped. The text shown is the text typed;
/// nothing is dropped. Text that needs no markdown at all can go into a <see cref="TextRun"/> instead.
/// </remarks>
public static class AdaptiveMarkdown
{
    private static readonly SearchValues<char> InlineSpecials = SearchValues.Create("\\*_[]()#>`~");

    /// <summary>The text with every markdown-significant character escaped; see the remarks for the rule.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscaping(text))
        {
            // Most text has nothing to escape: hand back the same string rather than a copy.
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text.AsSpan(lineStart) : text.AsSpan(lineStart, lineEnd - lineStart);
            AppendLine(builder, line);
            if (lineEnd < 0)
            {
                break;
            }

            builder.Append('\n');
            lineStart = lineEnd + 1;
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        if (text.AsSpan().ContainsAny(InlineSpecials))
        {
            return true;
        }

        foreach (var line in text.AsSpan().Split('\n'))
        {
            if (FindListMarker(text.AsSpan()[line]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendLine(StringBuilder builder, ReadOnlySpan<char> line)
    {
        var listMarkerAt = FindListMarker(line);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (i == listMarkerAt || InlineSpecials.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }

    /// <summary>The index of the character that makes the line a list item ("-", "+", or the "." / ")" after a number), or -1.</summary>
    private static int FindListMarker(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        if (i < line.Length && (line[i] == '-' || line[i] == '+'))
        {
            return i;
        }

        var digitsStart = i;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > digitsStart && i < line.Length && (line[i] == '.' || line[i] == ')') ? i : -1;
    }
}
