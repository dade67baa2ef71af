namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Buttons inside the body, next to the rows they act on.</summary>
public sealed class ActionSet : CardElement
{
    public required IList<CardAction> Actions { get; init; }
}
