using JobFrame.Engine.Answers;
using JobFrame.Engine.Rendering;

namespace JobFrame.Cli;

/// <summary>
/// Writes an answer in the asked format and picks the exit code: not-confident answers (candidates, no match, the
/// level-only answer to a title no role matched) exit 3; an answer the canon has no data for exits 4.
/// </summary>
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

        return ExitCode(answer);
    }

    /// <summary>The exit code an answer earns, whatever the format it was written in.</summary>
    public static int ExitCode(Answer answer) => answer switch
    {
        NeedsReviewAnswer or NoMatchAnswer or LevelAnswer { NoRoleMatched: true } => ExitCodes.NotConfident,
        GoalsAnswer { MissingFrameNotice: not null } or LevelAnswer { Level.HasData: false } or CompareAnswer { Dimensions.Count: 0 } => ExitCodes.NoData,
        _ => ExitCodes.Ok,
    };
}
