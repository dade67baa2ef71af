namespace JobFrame.Cards.BlockKit;

/// <summary>A labelled input in a modal; its value returns in the view's state under block_id and action_id.</summary>
public sealed class InputBlock : Block
{
    public required PlainText Label { get; init; }

    public required BlockElement Element { get; init; }

    public PlainText? Hint { get; init; }

    public bool Optional { get; init; }

    public bool DispatchAction { get; init; }
}
