using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>Writes a line's segments, putting the manager's value in place of each filled placeholder.</summary>
internal static class SegmentWriter
{
    /// <summary>Plain text: canon text and values as they are.</summary>
    public static void WritePlain(StringBuilder output, FrameLine line, FilledValues values)
    {
        foreach (var segment in line.Segments)
        {
            output.Append(Resolve(segment, line.FillId, values));
        }
    }

    /// <summary>Markdown: canon text and values escaped, so neither can add markup.</summary>
    public static void WriteMarkdown(StringBuilder output, FrameLine line, FilledValues values)
    {
        foreach (var segment in line.Segments)
        {
            MarkdownText.AppendEscaped(output, Resolve(segment, line.FillId, values));
        }
    }

    /// <summary>The text of one placeholder slot: the value, or the "⟨target⟩" form when it is not filled.</summary>
    public static string Slot(FillUnit unit, Placeholders placeholder, FilledValues values) =>
        (unit.Placeholders & placeholder) == 0
            ? string.Empty
            : values.Get(unit.Id, placeholder) ?? PlaceholderNames.Display(placeholder);

    private static string Resolve(TextSegment segment, string fillId, FilledValues values) =>
        segment.Kind == SegmentKind.Placeholder
            ? values.Get(fillId, segment.Placeholder) ?? segment.Text
            : segment.Text;
}
