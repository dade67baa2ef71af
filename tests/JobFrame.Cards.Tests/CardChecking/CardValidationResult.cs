namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>What the JSON Schema validator said about one card.</summary>
/// <param name="Name">The name the card was checked under.</param>
/// <param name="Errors">One line per schema error ("/body/0/type: must be equal to one of the allowed values"); empty when valid.</param>
public sealed record CardValidationResult(string Name, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
