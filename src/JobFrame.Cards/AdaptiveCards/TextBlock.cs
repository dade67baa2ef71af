namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Text with the Adaptive Card markdown subset. User-typed text goes through <see cref="AdaptiveMarkdown.Escape"/>.</summary>
public sealed class TextBlock() : CardElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a TextBlock.</summary>
    public const string TypeName = "TextBlock";

    public required string Text { get; init; }

    public TextSize Size { get; init; }

    public TextWeight Weight { get; init; }

    public TextColor Color { get; init; }

    public FontType FontType { get; init; }

    public bool IsSubtle { get; init; }

    public bool Wrap { get; init; }

    public int MaxLines { get; init; }

    public HorizontalAlignment HorizontalAlignment { get; init; }
}
