namespace JobFrame.Bot.Teams.Schema;

/// <summary>A thumbnail card: the preview of a search result (title, subtitle, text, and what a tap does).</summary>
public sealed class ThumbnailCard
{
    public const string ContentType = "application/vnd.microsoft.card.thumbnail";

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Text { get; init; }

    public ThumbnailCardAction? Tap { get; init; }
}
