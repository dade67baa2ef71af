using JobFrame.Engine.Answers;
using JobFrame.Engine.Rendering;

namespace JobFrame.Cli;

/// <summary>Writes an answer in the asked format and picks the exit code: not-confident answers exit 3.</summary>
public static class AnswerOutput
{
    public static int Write(CliContext context, Answer answer, OutputFormat format)
    {
        var text = format switch
        {
            OutputFormat.AdaptiveCard => CardOutput.AdaptiveCard(answer),
            OutputFormat.BlockKit => CardOutput.BlockKit(answer),
            _ => PlainTextRenderer.Render(answer),
        };
        context.Out.Write(text);
        if (!text.EndsWith('\n'))
        {
            context.Out.WriteLine();
        }

        return answer is NeedsReviewAnswer or NoMatchAnswer ? ExitCodes.NotConfident : ExitCodes.Ok;
    }
}
