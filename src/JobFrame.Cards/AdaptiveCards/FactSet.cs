namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Title/value pairs shown as a two-column table.</summary>
public sealed class FactSet : CardElement
{
    public required IList<Fact> Facts { get; init; }
}
