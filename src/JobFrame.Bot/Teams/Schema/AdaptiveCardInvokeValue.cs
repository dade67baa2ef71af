namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// The <c>value</c> of an <c>adaptiveCard/action</c> invoke
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards).
/// </summary>
public sealed class AdaptiveCardInvokeValue
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; init; }

    /// <summary><c>manual</c> for a button press, <c>automatic</c> for a card refresh.</summary>
    public string? Trigger { get; init; }
}
