namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Opens a web address in the client.</summary>
public sealed class ActionOpenUrl() : CardAction(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionOpenUrl.</summary>
    public const string TypeName = "Action.OpenUrl";

    public required Uri Url { get; init; }
}
