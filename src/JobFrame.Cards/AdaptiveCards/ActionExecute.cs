using JobFrame.Cards.Actions;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Universal Action: an invoke the bot answers with a refreshed card.</summary>
public sealed class ActionExecute() : CardAction(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionExecute.</summary>
    public const string TypeName = "Action.Execute";

    public string? Verb { get; init; }

    public CardActionData? Data { get; init; }

    public AssociatedInputs AssociatedInputs { get; init; }
}
