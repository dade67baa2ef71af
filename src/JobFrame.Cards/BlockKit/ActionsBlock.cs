namespace JobFrame.Cards.BlockKit;

/// <summary>A row of interactive elements, at most <see cref="SlackLimits.ActionsElements"/>.</summary>
public sealed class ActionsBlock : Block
{
    public required IList<BlockElement> Elements { get; init; }
}
