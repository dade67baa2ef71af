using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>One entry point for every export format: what a face calls when a manager asks for a copy.</summary>
public static class GoalFramesExport
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders <paramref name="frames"/> (or one frame) in <paramref name="format"/> with the manager's values.</summary>
    public static string Render(GoalFrames frames, ExportFormat format, FrameKind? only = null, FilledValues? values = null) =>
        format switch
        {
            ExportFormat.Text => TextExport.Render(frames, only, values),
            ExportFormat.Markdown => MarkdownExport.Render(frames, only, values),
            ExportFormat.Csv => CsvExport.Render(frames, only, values),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    /// <summary>
    /// The rendered export as UTF-8 bytes for a file or attachment. CSV gets a byte-order mark, because spreadsheet
    /// programs read a CSV without one in a legacy code page and would garble "—" and "⟨target⟩".
    /// </summary>
    public static byte[] Encode(string rendered, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var body = Utf8WithoutMark.GetBytes(rendered);
        if (format != ExportFormat.Csv)
        {
            return body;
        }

        var preamble = Encoding.UTF8.Preamble;
        var withMark = new byte[preamble.Length + body.Length];
        preamble.CopyTo(withMark);
        body.CopyTo(withMark.AsSpan(preamble.Length));
        return withMark;
    }
}
