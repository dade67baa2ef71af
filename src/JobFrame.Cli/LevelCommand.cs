using JobFrame.Engine.Commands;

namespace JobFrame.Cli;

/// <summary>`jobframe level &lt;title-or-code&gt;`: the level's six bars.</summary>
public static class LevelCommand
{
    public static int Run(CliContext context)
    {
        if (context.UnknownOption("--format") is { } unknown)
        {
            return CliApplication.UsageError(context.Error, $"level does not take {unknown}");
        }

        var subject = context.Arguments.JoinFrom(1);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return CliApplication.UsageError(context.Error, "level needs a title or level code, e.g. jobframe level P3");
        }

        if (OutputFormats.Parse(context.Arguments.Value("--format")) is not ({ } format and (OutputFormat.Text or OutputFormat.AdaptiveCard or OutputFormat.BlockKit)))
        {
            return CliApplication.UsageError(context.Error, "level --format takes text, adaptive-card or block-kit");
        }

        return AnswerOutput.Write(context, context.Engine.Respond(new ChatCommand(CommandIntent.Level, subject)), format);
    }
}
