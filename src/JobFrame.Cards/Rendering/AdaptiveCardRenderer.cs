using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Rendering;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// Every engine answer as an Adaptive Card 1.5, the newest schema Teams renders. Canon text comes from the answer;
/// the words around it are fixed (<see cref="CardWords"/>). At most six top-level actions (Teams' maxActions);
/// more buttons live in the body. One facet file per answer kind.
/// </summary>
public static partial class AdaptiveCardRenderer
{
    /// <summary>The most top-level actions Teams shows (host config actions.maxActions).</summary>
    public const int MaxTopLevelActions = 6;

    /// <summary>Renders any answer; the plain-text rendering becomes the card's fallback text.</summary>
    public static AdaptiveCard Render(Answer answer, CardRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        options ??= CardRenderOptions.Default;
        var (body, actions) = answer switch
        {
            GoalsAnswer goals => Goals(goals, options),
            LevelAnswer level => Level(level, options),
            CompareAnswer compare => Compare(compare, options),
            RoleAnswer role => Role(role, options),
            NeedsReviewAnswer review => NeedsReview(review, options),
            NoMatchAnswer noMatch => NoMatch(noMatch, options),
            HelpAnswer help => Help(help, options),
            ExportAnswer export => Export(export),
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "no card for this answer"),
        };

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
            FallbackText = FallbackText(answer),
        };
    }

    /// <summary>The fallback: the answer's first line of plain text, enough for a notification or a screen reader.</summary>
    private static string FallbackText(Answer answer) =>
        answer is ExportAnswer export ? export.FileName : PlainTextRenderer.FirstLine(answer);
}
