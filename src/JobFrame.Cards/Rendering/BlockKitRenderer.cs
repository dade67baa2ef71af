using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Rendering;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// Every engine answer as a Slack Block Kit message, the same answers as <see cref="AdaptiveCardRenderer"/>, within
/// every limit in <see cref="SlackLimits"/>. Buttons carry the same payloads as the card actions
/// (<see cref="ButtonValues"/>). One facet file per answer kind; the fill-in modal is <see cref="FillInModal"/>.
/// </summary>
public static partial class BlockKitRenderer
{
    /// <summary>Renders any answer; the plain-text rendering's first line is the notification text.</summary>
    public static BlockKitMessage Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var blocks = answer switch
        {
            GoalsAnswer goals => Goals(goals),
            LevelAnswer level => Level(level),
            CompareAnswer compare => Compare(compare),
            RoleAnswer role => Role(role),
            NeedsReviewAnswer review => NeedsReview(review),
            NoMatchAnswer noMatch => NoMatch(noMatch),
            HelpAnswer help => Help(help),
            ExportAnswer export => Export(export),
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "no Block Kit rendering for this answer"),
        };

        return new BlockKitMessage { Text = NotificationText(answer), Blocks = blocks };
    }

    private static string NotificationText(Answer answer) =>
        Mrkdwn.Escape(answer is ExportAnswer export ? export.FileName : PlainTextRenderer.FirstLine(answer));
}
