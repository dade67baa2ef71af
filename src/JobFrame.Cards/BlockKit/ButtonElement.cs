namespace JobFrame.Cards.BlockKit;

/// <summary>A button; its <see cref="Value"/> comes back in the interaction payload.</summary>
public sealed class ButtonElement() : BlockElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ButtonElement.</summary>
    public const string TypeName = "button";

    /// <summary>At most <see cref="SlackLimits.ButtonTextLength"/> characters.</summary>
    public required PlainText Text { get; init; }

    /// <summary>At most <see cref="SlackLimits.ButtonValueLength"/> characters.</summary>
    public string? Value { get; init; }

    public ButtonStyle Style { get; init; }

    public Uri? Url { get; init; }
}
