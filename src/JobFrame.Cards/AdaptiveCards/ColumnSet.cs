namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Columns side by side: comparisons and level bars.</summary>
public sealed class ColumnSet() : CardElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ColumnSet.</summary>
    public const string TypeName = "ColumnSet";

    public required IList<Column> Columns { get; init; }

    public ContainerStyle Style { get; init; }

    public bool Bleed { get; init; }

    public string? MinHeight { get; init; }

    public HorizontalAlignment HorizontalAlignment { get; init; }
}
