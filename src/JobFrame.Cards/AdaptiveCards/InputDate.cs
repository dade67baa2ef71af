namespace JobFrame.Cards.AdaptiveCards;

/// <summary>A date picker; values are ISO-8601 dates ("2026-12-31").</summary>
public sealed class InputDate() : InputElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a InputDate.</summary>
    public const string TypeName = "Input.Date";

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}
