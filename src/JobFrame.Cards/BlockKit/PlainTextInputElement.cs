namespace JobFrame.Cards.BlockKit;

/// <summary>A free-text field inside an <see cref="InputBlock"/>.</summary>
public sealed class PlainTextInputElement() : BlockElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a PlainTextInputElement.</summary>
    public const string TypeName = "plain_text_input";

    public PlainText? Placeholder { get; init; }

    public string? InitialValue { get; init; }

    public bool Multiline { get; init; }

    public int MaxLength { get; init; }
}
