using JobFrame.Engine.Commands;

namespace JobFrame.Cli;

/// <summary>
/// The commands that ask one question and print the answer as text or card JSON (`level`, `compare`): the same
/// option, the same checks in the same order, the same output and exit codes.
/// </summary>
internal static class QuestionCommand
{
    /// <summary>
    /// Answers <paramref name="command"/>, or refuses with a usage error: an option other than --format, no question
    /// (<paramref name="command"/> null, with <paramref name="needs"/> saying what was missing), or a format that is not
    /// text, adaptive-card or block-kit.
    /// </summary>
    public static int Run(CliContext context, string name, ChatCommand? command, string needs)
    {
        if (context.UnknownOption("--format") is { } unknown)
        {
            return CliApplication.UsageError(context.Error, $"{name} does not take {unknown}");
        }

        if (command is null)
        {
            return CliApplication.UsageError(context.Error, needs);
        }

        if (OutputFormats.Parse(context.Arguments.Value("--format")) is not ({ } format and (OutputFormat.Text or OutputFormat.AdaptiveCard or OutputFormat.BlockKit)))
        {
            return CliApplication.UsageError(context.Error, $"{name} --format takes text, adaptive-card or block-kit");
        }

        return AnswerOutput.Write(context, context.Engine.Respond(command), format);
    }
}
