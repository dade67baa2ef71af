using JobFrame.Cards.Actions;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Sends <see cref="Data"/> back to the bot, merged with the card's input values keyed by input id.</summary>
public sealed class ActionSubmit() : CardAction(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionSubmit.</summary>
    public const string TypeName = "Action.Submit";

    public CardActionData? Data { get; init; }

    public AssociatedInputs AssociatedInputs { get; init; }
}
