using JobFrame.Cards.Actions;

namespace JobFrame.Cards.Rendering;

/// <summary>How <see cref="AdaptiveCardRenderer"/> draws a card for the face that sends it.</summary>
/// <param name="Actions">The action type of every button that goes back to the bot.</param>
public sealed record CardRenderOptions(BotActionKind Actions = BotActionKind.Submit)
{
    /// <summary>Action.Submit: what a bot chat and Web Chat need.</summary>
    public static CardRenderOptions Default { get; } = new();
}
