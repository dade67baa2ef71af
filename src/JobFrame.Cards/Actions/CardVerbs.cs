namespace JobFrame.Cards.Actions;

/// <summary>
/// Every verb a card action carries in <see cref="CardActionData.Verb"/>, for Adaptive Card actions and Block Kit
/// button values alike; <see cref="CardActionReader"/> maps them to the engine's actions. Strings rather than an enum,
/// so a card still in a chat's history from an older version arrives as an unknown verb the bot can answer, not as a
/// parse error.
/// </summary>
public static class CardVerbs
{
    public const string Goals = "goals";
    public const string Level = "level";
    public const string Compare = "compare";
    public const string Role = "role";

    /// <summary>A candidate chosen from a "did you mean" list: read as the goals of that profile.</summary>
    public const string Choose = "choose";

    public const string Export = "export";
    public const string Help = "help";

    /// <summary>A button that asks a question as if the manager typed it (help's examples); the question is in <see cref="CardActionData.Query"/>.</summary>
    public const string Ask = "ask";

    /// <summary>
    /// Slack's "Fill in" button: the Slack face opens the fill-in modal for the payload's profile and frame (and
    /// names the modal's callback "fill.&lt;frame&gt;"). Any other face reads it as the goals of that frame.
    /// </summary>
    public const string Fill = "fill";
}
