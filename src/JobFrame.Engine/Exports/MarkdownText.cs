using System.Text;

namespace JobFrame.Engine.Exports;

/// <summary>
/// Escapes text for Markdown (CommonMark and GitHub): every character that could start emphasis, code, a link,
/// an HTML tag, a table cell or a heading gets a backslash, and '&amp;' only where it could start an entity, so text
/// always shows as typed and never turns into markup.
/// </summary>
internal static class MarkdownText
{
    public static void AppendEscaped(StringBuilder output, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#'
                || (c == '&' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#')))
            {
                output.Append('\\');
            }

            output.Append(c);
        }
    }
}
