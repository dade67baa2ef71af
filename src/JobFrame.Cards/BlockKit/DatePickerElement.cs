namespace JobFrame.Cards.BlockKit;

/// <summary>A date picker; dates are "YYYY-MM-DD".</summary>
public sealed class DatePickerElement : BlockElement
{
    public string? InitialDate { get; init; }

    public PlainText? Placeholder { get; init; }
}
