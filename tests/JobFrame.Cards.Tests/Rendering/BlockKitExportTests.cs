using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>A text export in Slack is a code block a manager copies from: what they copy must be the export itself.</summary>
public sealed class BlockKitExportTests
{
    [Fact]
    public void TextExport_WithFormattingCharactersInAFilledValue_ShowsThemAsTyped_AndAngleBracketsAsEntities()
    {
        var fills = FilledValues.Parse(["smart.1.baseline=*12%* of _models_ <b>"]);
        var export = (ExportAnswer)CanonAnswers.Engine.Act(new ActionRequest(
            ActionVerb.Export, CanonAnswers.LargestProfile, Frame: FrameKind.Smart, Format: ExportFormat.Text, Fills: fills));

        var blocks = BlockKitRenderer.Render(export).Blocks!.OfType<SectionBlock>().Select(s => s.Text!.Text).ToList();

        var code = string.Concat(blocks.Where(t => t.StartsWith("```\n", StringComparison.Ordinal)));
        Assert.Contains("*12%* of _models_ &lt;b&gt;", code, StringComparison.Ordinal);
        Assert.DoesNotContain('\u200B', code);
    }
}
