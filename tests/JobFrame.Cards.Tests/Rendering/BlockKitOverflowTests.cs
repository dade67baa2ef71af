using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>A frame longer than one Slack message fits: rows within 50 blocks, and a line that says how many are shown.</summary>
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
}
