namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// The verbs a card action carries in <see cref="CardActionData.Verb"/>. Strings rather than an enum, so a card
/// still in a chat's history from an older version arrives as an unknown verb the bot can answer, not as a parse error.
/// </summary>
public static class CardVerbs
{
    public const string Goals = "goals";
    public const string Level = "level";
    public const string Compare = "compare";
    public const string Role = "role";
    public const string Choose = "choose";
    public const string Export = "export";
    public const string Help = "help";
}
