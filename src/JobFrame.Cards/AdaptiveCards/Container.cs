namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Groups elements, optionally styled; also the cell of a level bar.</summary>
public sealed class Container() : CardElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a Container.</summary>
    public const string TypeName = "Container";

    public required IList<CardElement> Items { get; init; }

    public ContainerStyle Style { get; init; }

    public VerticalContentAlignment VerticalContentAlignment { get; init; }

    public bool Bleed { get; init; }

    /// <summary>A CSS-like pixel length such as "24px".</summary>
    public string? MinHeight { get; init; }
}
