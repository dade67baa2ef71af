using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>
/// A frame longer than one Slack message fits: rows within 50 blocks, and a line that says how many are shown. A
/// question longer than a context element holds is echoed cut, never refused by Slack.
/// </summary>
public sealed class BlockKitOverflowTests
{
    [Fact]
    public void FrameWithMoreRowsThanFiftyBlocksHold_StaysWithinLimits_AndSaysHowManyRowsAreShown()
    {
        var answer = (GoalsAnswer)CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Goals, CanonAnswers.LargestProfile));
        var smart = answer.Frames.Find(FrameKind.Smart)!;
        var rows = Enumerable.Range(0, 12).SelectMany(_ => smart.Rows).Select((row, i) => row with { Number = i + 1 }).ToList();
        var long60 = smart with { Sections = [new FrameSection(null, rows)] };
        var oversized = answer with { Frames = answer.Frames with { Frames = [long60] } };

        var message = BlockKitRenderer.Render(oversized);

        Assert.Empty(SlackLimitWalker.Breaches(message));
        Assert.Contains(message.Blocks!.OfType<SectionBlock>(), s => s.Text?.Text.StartsWith("Rows shown: ", StringComparison.Ordinal) == true
            && s.Text.Text.Contains("/ 60", StringComparison.Ordinal));
        Assert.Contains(message.Blocks!.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>(), b => b.Text.Text == "Export as text");
    }

    [Fact]
    public void QuestionLongerThanAContextElementHolds_IsEchoedCut_InWhyThisMatch()
    {
        // What the card property test once generated: a level question among hostile text, echoed in the notice.
        const string question = "level `code` _it_ <!here> ' \uFFFD ＭＬ \0 P3 Engineer **bold** \0 😀 &amp; **bold** role <!here> \u202E ＭＬ "
            + "<https://x.example|click> **bold** \0 Engineer Engineer Ⅲ Engineer \t \u200B ML &nbsp; P3 ＭＬ <https://x.example|click> help goals for "
            + "\t > quote &nbsp; [x](https://x.example) okrs for _it_ \u202E compare \u200B ' &nbsp; ' - item <!channel> <!here> <@U123> "
            + "<https://x.example|click> **bold** [x](https://x.example)";

        var message = BlockKitRenderer.Render(CanonAnswers.Engine.Ask(question));

        Assert.Empty(SlackLimitWalker.Breaches(message));
        var texts = message.Blocks!.OfType<ContextBlock>().SelectMany(c => c.Elements).OfType<Mrkdwn>().Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.EndsWith("…", StringComparison.Ordinal) && t.Length > SlackLimits.ContextTextLength - 10);
    }
}
