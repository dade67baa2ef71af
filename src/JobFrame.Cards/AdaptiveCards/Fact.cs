namespace JobFrame.Cards.AdaptiveCards;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
public sealed class Fact
{
    public required string Title { get; init; }

    public required string Value { get; init; }
}
