namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Title/value pairs shown as a two-column table.</summary>
public sealed class FactSet() : CardElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a FactSet.</summary>
    public const string TypeName = "FactSet";

    public required IList<Fact> Facts { get; init; }
}
