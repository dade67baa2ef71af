namespace JobFrame.Engine.Exports;

/// <summary>Names, media types and file extensions of the export formats.</summary>
public static class ExportFormats
{
    /// <summary>"text", "markdown" or "csv": the word a manager or the CLI uses.</summary>
    public static string Key(this ExportFormat format) => format switch
    {
        ExportFormat.Text => "text",
        ExportFormat.Markdown => "markdown",
        ExportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The media type to serve or attach the export with.</summary>
    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Text => "text/plain; charset=utf-8",
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>".txt", ".md" or ".csv".</summary>
    public static string FileExtension(this ExportFormat format) => format switch
    {
        ExportFormat.Text => ".txt",
        ExportFormat.Markdown => ".md",
        ExportFormat.Csv => ".csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Reads "text", "txt", "markdown", "md" or "csv" in any case.</summary>
    public static bool TryParse(string? word, out ExportFormat format)
    {
        switch (word?.Trim().ToLowerInvariant())
        {
            case "text" or "txt":
                format = ExportFormat.Text;
                return true;
            case "markdown" or "md":
                format = ExportFormat.Markdown;
                return true;
            case "csv":
                format = ExportFormat.Csv;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
