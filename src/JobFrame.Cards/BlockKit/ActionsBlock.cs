namespace JobFrame.Cards.BlockKit;

/// <summary>A row of interactive elements, at most <see cref="SlackLimits.ActionsElements"/>.</summary>
public sealed class ActionsBlock() : Block(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ActionsBlock.</summary>
    public const string TypeName = "actions";

    public required IList<BlockElement> Elements { get; init; }
}
