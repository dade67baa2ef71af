namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Universal Action: an invoke the bot answers with a refreshed card.</summary>
public sealed class ActionExecute : CardAction
{
    public string? Verb { get; init; }

    public CardActionData? Data { get; init; }

    public AssociatedInputs AssociatedInputs { get; init; }
}
