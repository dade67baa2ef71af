namespace JobFrame.Cards.AdaptiveCards;

/// <summary>An element an <see cref="ActionToggleVisibility"/> acts on; <c>null</c> visibility toggles it.</summary>
public sealed class TargetElement
{
    public required string ElementId { get; init; }

    public bool? IsVisible { get; init; }
}
