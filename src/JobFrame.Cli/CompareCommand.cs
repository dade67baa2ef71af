using JobFrame.Engine.Commands;

namespace JobFrame.Cli;

/// <summary>`jobframe compare &lt;a&gt; &lt;b&gt;`: two levels' bars side by side.</summary>
public static class CompareCommand
{
    public static int Run(CliContext context)
    {
        var positionals = context.Arguments.Positionals;
        var command = positionals.Count == 3 ? new ChatCommand(CommandIntent.Compare, positionals[1], positionals[2]) : null;
        return QuestionCommand.Run(context, "compare", command, "compare needs two titles or levels, e.g. jobframe compare P3 P4 (quote titles with spaces)");
    }
}
