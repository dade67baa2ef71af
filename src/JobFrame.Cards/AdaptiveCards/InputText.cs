namespace JobFrame.Cards.AdaptiveCards;

/// <summary>A free-text field, such as a goal's baseline or target.</summary>
public sealed class InputText() : InputElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a InputText.</summary>
    public const string TypeName = "Input.Text";

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool IsMultiline { get; init; }

    public int MaxLength { get; init; }

    public TextInputStyle Style { get; init; }

    public string? Regex { get; init; }
}
