namespace JobFrame.Cards.BlockKit;

/// <summary>A date picker; dates are "YYYY-MM-DD".</summary>
public sealed class DatePickerElement() : BlockElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a DatePickerElement.</summary>
    public const string TypeName = "datepicker";

    public string? InitialDate { get; init; }

    public PlainText? Placeholder { get; init; }
}
