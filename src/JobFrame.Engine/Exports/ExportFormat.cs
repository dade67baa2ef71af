namespace JobFrame.Engine.Exports;

/// <summary>The export formats of the goal frames.</summary>
public enum ExportFormat
{
    Text,
    Markdown,
    Csv,
}
