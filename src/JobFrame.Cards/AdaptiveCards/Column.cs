namespace JobFrame.Cards.AdaptiveCards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    /// <summary>The schema types columns although they only appear inside a column set.</summary>
    public string Type => "Column";

    public string? Id { get; init; }

    public required IList<CardElement> Items { get; init; }

    /// <summary>"auto", "stretch", a weight such as "1", or a pixel width such as "40px".</summary>
    public string? Width { get; init; }

    public ContainerStyle Style { get; init; }

    public VerticalContentAlignment VerticalContentAlignment { get; init; }

    public Spacing Spacing { get; init; }

    public bool Separator { get; init; }

    public bool Bleed { get; init; }

    public string? MinHeight { get; init; }

    public bool? IsVisible { get; init; }
}
