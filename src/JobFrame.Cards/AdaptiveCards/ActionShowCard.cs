namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Opens a nested card under the button, with no round trip to the bot.</summary>
public sealed class ActionShowCard() : CardAction(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionShowCard.</summary>
    public const string TypeName = "Action.ShowCard";

    /// <summary>The nested card; hosts ignore its <c>version</c>, which the model still writes because the schema asks for it.</summary>
    public required AdaptiveCard Card { get; init; }
}
