namespace JobFrame.Cli;

/// <summary>What `--format` asks for.</summary>
public enum OutputFormat
{
    Text,
    Markdown,
    Csv,
    AdaptiveCard,
    BlockKit,
}
