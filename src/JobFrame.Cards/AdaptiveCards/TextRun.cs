namespace JobFrame.Cards.AdaptiveCards;

/// <summary>A run of plain text inside a <see cref="RichTextBlock"/>: no markdown, so user text needs no escaping here.</summary>
public sealed class TextRun
{
    /// <summary>Inlines are typed objects in the schema; a run is the only kind this model writes.</summary>
    public string Type => "TextRun";

    public required string Text { get; init; }

    public TextSize Size { get; init; }

    public TextWeight Weight { get; init; }

    public TextColor Color { get; init; }

    public FontType FontType { get; init; }

    public bool IsSubtle { get; init; }

    public bool Italic { get; init; }

    public bool Highlight { get; init; }
}
