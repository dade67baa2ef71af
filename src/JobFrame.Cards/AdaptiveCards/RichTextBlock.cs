namespace JobFrame.Cards.AdaptiveCards;

/// <summary>A paragraph of differently styled runs; runs never interpret markdown.</summary>
public sealed class RichTextBlock : CardElement
{
    public required IList<TextRun> Inlines { get; init; }

    public HorizontalAlignment HorizontalAlignment { get; init; }
}
