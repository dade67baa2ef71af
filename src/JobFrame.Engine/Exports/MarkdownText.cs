using System.Buffers;
using System.Text;

namespace JobFrame.Engine.Exports;

/// <summary>
/// Escapes text for Markdown (CommonMark and GitHub): every character that could start emphasis, code, a link,
/// an HTML tag, a table cell or a heading gets a backslash, and '&amp;' only where it could start an entity, so text
/// always shows as typed and never turns into markup.
/// </summary>
internal static class MarkdownText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|~#&");

    public static void AppendEscaped(StringBuilder output, string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(Special);
            if (at < 0)
            {
                output.Append(rest);
                return;
            }

            output.Append(rest[..at]);
            var c = rest[at];
            if (c != '&' || (at + 1 < rest.Length && (char.IsAsciiLetter(rest[at + 1]) || rest[at + 1] == '#')))
            {
                output.Append('\\');
            }

            output.Append(c);
            rest = rest[(at + 1)..];
        }
    }
}
