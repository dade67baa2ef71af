using System.Globalization;
using CsvHelper;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>
/// The CSV export for spreadsheets and HR tools (RFC 4180, written by CsvHelper): a header record, then one record per
/// fill unit (a SMART, MBO or scorecard row, or one OKR key result) with the columns frame, row, text, baseline,
/// target, date, source. A slot the unit has shows the manager's value or its placeholder ("⟨target⟩"); a slot it lacks
/// is empty. Fields holding a comma, quote or line break are quoted with quotes doubled; records end with CRLF.
/// Every field that starts with a character a spreadsheet reads as the start of a formula (OWASP's list:
/// <c>=</c> <c>+</c> <c>-</c> <c>@</c>, tab, carriage return) is written quoted with an apostrophe in front, so
/// Excel, LibreOffice and Google Sheets show it as text; a value of <c>-5%</c> therefore reads <c>'-5%</c>.
/// Encode the result with <see cref="GoalFramesExport.Encode"/> (UTF-8 with a byte-order mark).
/// </summary>
public static class CsvExport
{
    /// <summary>The header record, without its line end.</summary>
    public const string Header = "frame,row,text,baseline,target,date,source";

    /// <summary>
    /// The characters that make a spreadsheet read a cell as a formula when they lead it (OWASP, "CSV Injection"), which
    /// CsvHelper's <see cref="CsvInjection.Escape"/> neutralises.
    /// </summary>
    public static IReadOnlyList<char> FormulaLeadCharacters { get; } = ['=', '+', '-', '@', '\t', '\r'];

    // RFC 4180 (CRLF, quotes doubled) is CsvHelper's default; formula protection is not, so it is switched on here,
    // with the list spelled out rather than left to the library's default.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = string.Concat(FormulaLeadCharacters),
        InjectionEscape = '\'',
    };

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>Renders every frame, or one frame when <paramref name="only"/> is set.</summary>
    public static string Render(GoalFrames frames, FrameKind? only = null, FilledValues? values = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        values ??= FilledValues.Empty;
        using var output = new StringWriter(new System.Text.StringBuilder(4096), CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(output, Options, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var frame in frames.Frames)
            {
                if (only is not null && only != frame.Kind)
                {
                    continue;
                }

                foreach (var unit in frame.Rows.SelectMany(row => row.Units))
                {
                    csv.WriteRecord(
                        frame.Name,
                        unit.Id,
                        unit.CanonText,
                        Slot(unit, Placeholders.Baseline, values),
                        Slot(unit, Placeholders.Target, values),
                        Slot(unit, Placeholders.Date, values),
                        unit.Source);
                }
            }
        }

        return output.ToString();
    }

    private static string Slot(FillUnit unit, Placeholders placeholder, FilledValues values)
    {
        var filled = (unit.Placeholders & placeholder) == 0 ? null : values.Get(unit.Id, placeholder);
        return filled ?? SegmentWriter.Slot(unit, placeholder, values);
    }
}
