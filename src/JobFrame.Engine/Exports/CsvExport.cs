using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>
/// The CSV export for spreadsheets and HR tools (RFC 4180): a header record, then one record per fill unit (a SMART,
/// MBO or scorecard row, or one OKR key result) with the columns frame, row, text, baseline, target, date, source.
/// A slot the unit has shows the manager's value or its placeholder ("⟨target⟩"); a slot it lacks is empty.
/// Fields holding a comma, quote or line break are quoted with quotes doubled; records end with CRLF.
/// A filled value that a spreadsheet would run as a formula (leading '=', '+', '@', or '-' not starting a number)
/// is prefixed with an apostrophe. Encode the result as UTF-8 (<see cref="GoalFramesExport.Encode"/>).
/// </summary>
public static class CsvExport
{
    /// <summary>The header record, without its line end.</summary>
    public const string Header = "frame,row,text,baseline,target,date,source";

    /// <summary>Renders every frame, or one frame when <paramref name="only"/> is set.</summary>
    public static string Render(GoalFrames frames, FrameKind? only = null, FilledValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        values ??= FilledValues.Empty;
        var output = new StringBuilder(4096);
        output.Append(Header).Append("\r\n");
        foreach (var frame in frames.Frames)
        {
            if (only is not null && only != frame.Kind)
            {
                continue;
            }

            foreach (var row in frame.Rows)
            {
                foreach (var unit in row.Units)
                {
                    Field(output, frame.Name).Append(',');
                    Field(output, unit.Id).Append(',');
                    Field(output, unit.CanonText).Append(',');
                    Slot(output, unit, Placeholders.Baseline, values).Append(',');
                    Slot(output, unit, Placeholders.Target, values).Append(',');
                    Slot(output, unit, Placeholders.Date, values).Append(',');
                    Field(output, unit.Source).Append("\r\n");
                }
            }
        }

        return output.ToString();
    }

    private static StringBuilder Slot(StringBuilder output, FillUnit unit, Placeholders placeholder, FilledValues values)
    {
        var filled = (unit.Placeholders & placeholder) == 0 ? null : values.Get(unit.Id, placeholder);
        return filled is null
            ? Field(output, SegmentWriter.Slot(unit, placeholder, values))
            : Field(output, LooksLikeFormula(filled) ? "'" + filled : filled);
    }

    private static bool LooksLikeFormula(string value) =>
        value[0] is '=' or '+' or '@' || (value[0] == '-' && (value.Length == 1 || !(char.IsAsciiDigit(value[1]) || value[1] == '.')));

    private static StringBuilder Field(StringBuilder output, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return output.Append(text);
        }

        output.Append('"');
        foreach (var c in text)
        {
            output.Append(c);
            if (c == '"')
            {
                output.Append('"');
            }
        }

        return output.Append('"');
    }
}
