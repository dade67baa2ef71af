using JobFrame.Engine.Frames;

namespace JobFrame.Cli;

/// <summary>Parses --format and --frame values.</summary>
public static class OutputFormats
{
    public static OutputFormat? Parse(string? value) => value switch
    {
        null or "text" => OutputFormat.Text,
        "markdown" or "md" => OutputFormat.Markdown,
        "csv" => OutputFormat.Csv,
        "adaptive-card" => OutputFormat.AdaptiveCard,
        "block-kit" => OutputFormat.BlockKit,
        _ => null,
    };

    /// <summary>Parses --frame; "all" (or no option) is null, meaning every frame the profile has.</summary>
    public static bool TryParseFrame(string? value, out FrameKind? frame)
    {
        frame = value switch
        {
            "smart" => FrameKind.Smart,
            "okr" or "okrs" => FrameKind.Okr,
            "mbo" => FrameKind.Mbo,
            "scorecard" => FrameKind.Scorecard,
            _ => null,
        };
        return frame is not null || value is null or "all";
    }
}
