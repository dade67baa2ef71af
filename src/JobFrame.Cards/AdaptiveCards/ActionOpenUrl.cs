namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Opens a web address in the client.</summary>
public sealed class ActionOpenUrl : CardAction
{
    public required Uri Url { get; init; }
}
