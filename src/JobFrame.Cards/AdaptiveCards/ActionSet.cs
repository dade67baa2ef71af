namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Buttons inside the body, next to the rows they act on.</summary>
public sealed class ActionSet() : CardElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionSet.</summary>
    public const string TypeName = "ActionSet";

    public required IList<CardAction> Actions { get; init; }
}
