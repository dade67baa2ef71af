namespace JobFrame.Cards.AdaptiveCards;

/// <summary>An input whose value an Action.Submit or Action.Execute returns under its <see cref="CardElement.Id"/>.</summary>
public abstract class InputElement : CardElement
{
    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
