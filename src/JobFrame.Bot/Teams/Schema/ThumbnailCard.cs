namespace JobFrame.Bot.Teams.Schema;

/// <summary>A thumbnail card: the preview of a search result (title, subtitle, text, and what a tap does).</summary>
public sealed class ThumbnailCard
{
    public const string ContentType = "application/vnd.microsoft.card.thumbnail";

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    public ThumbnailCardAction? Tap { get; set; }
}
