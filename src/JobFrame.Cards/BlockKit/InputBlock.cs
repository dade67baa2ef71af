namespace JobFrame.Cards.BlockKit;

/// <summary>A labelled input in a modal; its value returns in the view's state under block_id and action_id.</summary>
public sealed class InputBlock() : Block(TypeName)
{
    /// <summary>The JSON <c>type</c> of a InputBlock.</summary>
    public const string TypeName = "input";

    public required PlainText Label { get; init; }

    public required BlockElement Element { get; init; }

    public PlainText? Hint { get; init; }

    public bool Optional { get; init; }

    public bool DispatchAction { get; init; }
}
