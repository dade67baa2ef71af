namespace JobFrame.Cards.BlockKit;

/// <summary>Large bold plain text, at most <see cref="SlackLimits.HeaderTextLength"/> characters.</summary>
public sealed class HeaderBlock() : Block(TypeName)
{
    /// <summary>The JSON <c>type</c> of a HeaderBlock.</summary>
    public const string TypeName = "header";

    public required PlainText Text { get; init; }
}
