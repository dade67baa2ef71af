namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Shows or hides elements by id, with no round trip to the bot.</summary>
public sealed class ActionToggleVisibility() : CardAction(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionToggleVisibility.</summary>
    public const string TypeName = "Action.ToggleVisibility";

    public required IList<TargetElement> TargetElements { get; init; }
}
