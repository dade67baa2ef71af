namespace JobFrame.Cards.BlockKit;

/// <summary>Text, up to ten two-column fields, and one accessory element.</summary>
public sealed class SectionBlock() : Block(TypeName)
{
    /// <summary>The JSON <c>type</c> of a SectionBlock.</summary>
    public const string TypeName = "section";

    /// <summary>At most <see cref="SlackLimits.SectionTextLength"/> characters. A section needs text or fields.</summary>
    public TextObject? Text { get; init; }

    /// <summary>At most <see cref="SlackLimits.SectionFields"/> fields of <see cref="SlackLimits.SectionFieldLength"/> characters.</summary>
    public IList<TextObject>? Fields { get; init; }

    public BlockElement? Accessory { get; init; }
}
