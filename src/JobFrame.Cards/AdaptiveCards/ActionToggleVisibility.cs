namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Shows or hides elements by id, with no round trip to the bot.</summary>
public sealed class ActionToggleVisibility : CardAction
{
    public required IList<TargetElement> TargetElements { get; init; }
}
