using JobFrame.Engine.Commands;

namespace JobFrame.Cli;

/// <summary>`jobframe compare &lt;a&gt; &lt;b&gt;`: two levels' bars side by side.</summary>
public static class CompareCommand
{
    public static int Run(CliContext context)
    {
        if (context.UnknownOption("--format") is { } unknown)
        {
            return CliApplication.UsageError(context.Error, $"compare does not take {unknown}");
        }

        if (context.Arguments.Positionals.Count != 3)
        {
            return CliApplication.UsageError(context.Error, "compare needs two titles or levels, e.g. jobframe compare P3 P4 (quote titles with spaces)");
        }

        if (OutputFormats.Parse(context.Arguments.Value("--format")) is not ({ } format and (OutputFormat.Text or OutputFormat.AdaptiveCard or OutputFormat.BlockKit)))
        {
            return CliApplication.UsageError(context.Error, "compare --format takes text, adaptive-card or block-kit");
        }

        var command = new ChatCommand(CommandIntent.Compare, context.Arguments.Positionals[1], context.Arguments.Positionals[2]);
        return AnswerOutput.Write(context, context.Engine.Respond(command), format);
    }
}
