namespace JobFrame.Cards.AdaptiveCards;

/// <summary>A paragraph of differently styled runs; runs never interpret markdown.</summary>
public sealed class RichTextBlock() : CardElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a RichTextBlock.</summary>
    public const string TypeName = "RichTextBlock";

    public required IList<TextRun> Inlines { get; init; }

    public HorizontalAlignment HorizontalAlignment { get; init; }
}
