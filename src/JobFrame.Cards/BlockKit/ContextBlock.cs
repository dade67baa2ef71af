namespace JobFrame.Cards.BlockKit;

/// <summary>Small grey text, such as a row's source label.</summary>
public sealed class ContextBlock() : Block(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ContextBlock.</summary>
    public const string TypeName = "context";

    /// <summary>At most <see cref="SlackLimits.ContextElements"/> text objects.</summary>
    public required IList<TextObject> Elements { get; init; }
}
