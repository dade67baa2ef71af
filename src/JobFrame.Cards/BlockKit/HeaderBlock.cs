namespace JobFrame.Cards.BlockKit;

/// <summary>Large bold plain text, at most <see cref="SlackLimits.HeaderTextLength"/> characters.</summary>
public sealed class HeaderBlock : Block
{
    public required PlainText Text { get; init; }
}
