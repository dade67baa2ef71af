namespace JobFrame.Cards.AdaptiveCards;

/// <summary>A date picker; values are ISO-8601 dates ("2026-12-31").</summary>
public sealed class InputDate : InputElement
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}
