namespace JobFrame.Cards.BlockKit;

/// <summary>A thin horizontal rule between blocks.</summary>
public sealed class DividerBlock() : Block(TypeName)
{
    /// <summary>The JSON <c>type</c> of a DividerBlock.</summary>
    public const string TypeName = "divider";
}
