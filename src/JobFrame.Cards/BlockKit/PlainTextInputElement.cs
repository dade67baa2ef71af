namespace JobFrame.Cards.BlockKit;

/// <summary>A free-text field inside an <see cref="InputBlock"/>.</summary>
public sealed class PlainTextInputElement : BlockElement
{
    public PlainText? Placeholder { get; init; }

    public string? InitialValue { get; init; }

    public bool Multiline { get; init; }

    public int MaxLength { get; init; }
}
