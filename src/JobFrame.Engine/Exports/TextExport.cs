using System.Globalization;
using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>
/// The plain-text export, in the goal-templates page's "Copy / print as text" layout, character for character.
/// </summary>
/// <remarks>
/// One frame (<c>only</c> set) is exactly that frame's block and nothing else; a frame the profile does not have
/// gives an empty string. The whole card is the title, the header line, the disclaimer, then for each frame its name
/// as a heading followed by its block, every block separated from the next by one blank line. Lines end with "\n"
/// and the output has no final line break (a caller printing it adds its own).
/// </remarks>
public static class TextExport
{
    // Label columns as the page aligns them: "   Specific:    Deliver: ..." and "   Standard: ..." / "   Target:   ...".
    private const int SmartLabelWidth = 13;
    private const int MboLabelWidth = 10;

    /// <summary>Renders the whole card, or one frame when <paramref name="only"/> is set.</summary>
    public static string Render(GoalFrames frames, FrameKind? only = null, FilledValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        values ??= FilledValues.Empty;
        // Sized for a whole card of five responsibilities, so the builder rarely grows.
        var output = new StringBuilder(only is null ? 16 * 1024 : 6 * 1024);
        if (only is { } kind)
        {
            if (frames.Find(kind) is { } frame)
            {
                WriteBlock(output, frame, values);
            }
        }
        else
        {
            output.Append(frames.Title).Append("\n\n").Append(frames.HeaderLine).Append("\n\n").Append(frames.Disclaimer).Append('\n');
            foreach (var frame in frames.Frames)
            {
                output.Append('\n').Append(frame.Name).Append("\n\n");
                WriteBlock(output, frame, values);
                output.Append('\n');
            }
        }

        TrimFinalLineBreak(output);
        return output.ToString();
    }

    private static void WriteBlock(StringBuilder output, GoalFrame frame, FilledValues values)
    {
        var firstGroup = true;
        foreach (var section in frame.Sections)
        {
            if (frame.Kind == FrameKind.Scorecard)
            {
                SeparateGroup(output, ref firstGroup);
                output.Append(section.Heading).Append('\n');
                foreach (var row in section.Rows)
                {
                    WriteScorecardRow(output, row, values);
                }

                continue;
            }

            foreach (var row in section.Rows)
            {
                SeparateGroup(output, ref firstGroup);
                WriteRowHeading(output, frame.Kind, row);
                foreach (var line in row.Lines)
                {
                    WriteLabelledLine(output, frame.Kind, line, values);
                }
            }
        }

        TrimFinalLineBreak(output);
    }

    private static void WriteRowHeading(StringBuilder output, FrameKind kind, FrameRow row)
    {
        output.Append(kind == FrameKind.Okr ? "Objective " : string.Empty)
            .Append(row.Number.ToString(CultureInfo.InvariantCulture))
            .Append(kind == FrameKind.Okr ? ": " : ". ")
            .Append(kind == FrameKind.Mbo ? "Area: " : string.Empty)
            .Append(row.CanonText);
        AppendSource(output, row.Source, "  ");
    }

    private static void WriteLabelledLine(StringBuilder output, FrameKind kind, FrameLine line, FilledValues values)
    {
        if (kind == FrameKind.Okr)
        {
            output.Append("  ").Append(line.Label).Append(". ");
        }
        else
        {
            var width = kind == FrameKind.Smart ? SmartLabelWidth : MboLabelWidth;
            var label = line.Label ?? string.Empty;
            output.Append("   ").Append(label).Append(':').Append(' ', Math.Max(1, width - label.Length - 1));
        }

        SegmentWriter.WritePlain(output, line, values);
        output.Append('\n');
    }

    private static void WriteScorecardRow(StringBuilder output, FrameRow row, FilledValues values)
    {
        output.Append("  - ");
        for (var i = 0; i < row.Lines.Count; i++)
        {
            if (i > 0)
            {
                output.Append("  →  ");
            }

            SegmentWriter.WritePlain(output, row.Lines[i], values);
        }

        AppendSource(output, row.Source, "   ");
    }

    private static void AppendSource(StringBuilder output, string source, string gap) =>
        output.Append(gap).Append("[source: ").Append(source).Append("]\n");

    private static void SeparateGroup(StringBuilder output, ref bool first)
    {
        if (!first)
        {
            output.Append('\n');
        }

        first = false;
    }

    private static void TrimFinalLineBreak(StringBuilder output)
    {
        if (output.Length > 0 && output[^1] == '\n')
        {
            output.Length--;
        }
    }
}
