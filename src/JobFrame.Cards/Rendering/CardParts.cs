using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// The small building blocks every card is made of. Canon text and user text both go through
/// <see cref="AdaptiveMarkdown.Escape"/>: what is shown is the text itself, never markdown it happens to contain.
/// </summary>
internal static class CardParts
{
    public static TextBlock Title(string text) =>
        new() { Text = AdaptiveMarkdown.Escape(text), Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    public static TextBlock Heading(string text, Spacing spacing = Spacing.Medium) =>
        new() { Text = AdaptiveMarkdown.Escape(text), Weight = TextWeight.Bolder, Wrap = true, Spacing = spacing };

    public static TextBlock Text(string text) => new() { Text = AdaptiveMarkdown.Escape(text), Wrap = true };

    public static TextBlock Subtle(string text, Spacing spacing = Spacing.Default) =>
        new() { Text = AdaptiveMarkdown.Escape(text), IsSubtle = true, Wrap = true, Size = TextSize.Small, Spacing = spacing };

    /// <summary>"**Label** text": a fixed label in bold before escaped text.</summary>
    public static TextBlock Labelled(string label, string text) =>
        new() { Text = "**" + AdaptiveMarkdown.Escape(label) + "** " + AdaptiveMarkdown.Escape(text), Wrap = true, Spacing = Spacing.Small };

    public static TextBlock Source(string label) => Subtle(CardWords.Source + label, Spacing.None);

    public static Fact Fact(string title, string value) =>
        new() { Title = AdaptiveMarkdown.Escape(title), Value = AdaptiveMarkdown.Escape(value) };

    /// <summary>A bot-bound button: Action.Submit or Action.Execute as the options ask.</summary>
    public static CardAction Bot(CardRenderOptions options, string title, CardActionData data, bool withInputs = false) =>
        options.Actions == BotActionKind.Execute
            ? new ActionExecute { Title = title, Verb = data.Verb, Data = data, AssociatedInputs = withInputs ? AssociatedInputs.Auto : AssociatedInputs.None }
            : new ActionSubmit { Title = title, Data = data, AssociatedInputs = withInputs ? AssociatedInputs.Auto : AssociatedInputs.None };

    public static ActionSet Buttons(IEnumerable<CardAction> actions, Spacing spacing = Spacing.Default) =>
        new() { Actions = [.. actions], Spacing = spacing };

    /// <summary>One button per row: for long titles (candidates, example questions) that a shared row would cut.</summary>
    public static IEnumerable<ActionSet> ButtonList(IEnumerable<CardAction> actions, Spacing firstSpacing) =>
        actions.Select((action, i) => Buttons([action], i == 0 ? firstSpacing : Spacing.Small));

    /// <summary>A hidden container and the button that shows and hides it: a collapsed list.</summary>
    public static (Container Body, CardAction Toggle) Collapsed(string id, string title, IList<CardElement> items) =>
        (new Container { Id = id, IsVisible = false, Items = items },
         new ActionToggleVisibility { Title = title, TargetElements = [new TargetElement { ElementId = id }] });
}
