namespace JobFrame.Cards.BlockKit;

/// <summary>A thin horizontal rule between blocks.</summary>
public sealed class DividerBlock : Block;
