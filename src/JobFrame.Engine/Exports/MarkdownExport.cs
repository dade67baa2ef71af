using System.Globalization;
using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>
/// The Markdown export for documents: the page header (title as "#", header line, disclaimer), then each frame as a
/// "##" heading with its intro and its rows as a numbered list, template lines as nested bullets with bold labels,
/// the source in italics. Scorecard sections are "###" headings. Canon text and filled values are escaped, so a value
/// such as "**bold**" shows as typed. Lines end with "\n"; the document ends with one.
/// </summary>
public static class MarkdownExport
{
    /// <summary>Renders the whole card, or the header and one frame when <paramref name="only"/> is set.</summary>
    public static string Render(GoalFrames frames, FrameKind? only = null, FilledValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        values ??= FilledValues.Empty;
        var output = new StringBuilder(16 * 1024);
        output.Append("# ");
        Escaped(output, frames.Title).Append("\n\n");
        Escaped(output, frames.HeaderLine).Append("\n\n");
        Escaped(output, frames.Disclaimer).Append('\n');
        foreach (var frame in frames.Frames)
        {
            if (only is null || only == frame.Kind)
            {
                WriteFrame(output, frame, values);
            }
        }

        return output.ToString();
    }

    private static void WriteFrame(StringBuilder output, GoalFrame frame, FilledValues values)
    {
        output.Append("\n## ");
        Escaped(output, frame.Name).Append("\n\n");
        Escaped(output, frame.Intro).Append('\n');
        foreach (var section in frame.Sections)
        {
            if (section.Heading is not null)
            {
                output.Append("\n### ");
                Escaped(output, section.Heading).Append('\n');
            }

            var number = 0;
            foreach (var row in section.Rows)
            {
                output.Append('\n').Append((++number).ToString(CultureInfo.InvariantCulture)).Append(". ");
                if (frame.Kind == FrameKind.Scorecard)
                {
                    WriteInlineRow(output, row, values);
                }
                else
                {
                    WriteRowWithLines(output, row, values);
                }
            }
        }
    }

    private static void WriteRowWithLines(StringBuilder output, FrameRow row, FilledValues values)
    {
        Escaped(output, row.CanonText);
        AppendSource(output, row.Source);
        foreach (var line in row.Lines)
        {
            output.Append("   - ");
            if (line.Label is not null)
            {
                output.Append("**");
                Escaped(output, line.Label).Append(":** ");
            }

            SegmentWriter.WriteMarkdown(output, line, values);
            output.Append('\n');
        }
    }

    private static void WriteInlineRow(StringBuilder output, FrameRow row, FilledValues values)
    {
        for (var i = 0; i < row.Lines.Count; i++)
        {
            if (i > 0)
            {
                output.Append(" → ");
            }

            SegmentWriter.WriteMarkdown(output, row.Lines[i], values);
        }

        AppendSource(output, row.Source);
    }

    private static void AppendSource(StringBuilder output, string source)
    {
        output.Append(" *(source: ");
        Escaped(output, source).Append(")*\n");
    }

    private static StringBuilder Escaped(StringBuilder output, string text)
    {
        MarkdownText.AppendEscaped(output, text);
        return output;
    }
}
