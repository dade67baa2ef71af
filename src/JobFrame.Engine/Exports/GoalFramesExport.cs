using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>One entry point for every export format: what a face calls when a manager asks for a copy.</summary>
public static class GoalFramesExport
{
    private const char ByteOrderMark = '\uFEFF';

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
    /// The rendered export as the text of a file: CSV starts with a byte-order mark (U+FEFF), because Excel reads a CSV
    /// without one in the machine's legacy code page and would garble "—", "⟨target⟩" and every non-Latin script.
    /// Text and Markdown are returned as they are. The CLI writes this text, so its CSV is the faces' file byte for byte.
    /// </summary>
    public static string FileText(string rendered, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return format == ExportFormat.Csv ? ByteOrderMark + rendered : rendered;
    }

    /// <summary>The rendered export as the UTF-8 bytes of a file or attachment: <see cref="FileText"/>, encoded.</summary>
    public static byte[] Encode(string rendered, ExportFormat format) => Utf8WithoutMark.GetBytes(FileText(rendered, format));
}
