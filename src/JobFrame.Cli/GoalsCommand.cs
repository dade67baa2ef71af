using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Exports;

namespace JobFrame.Cli;

/// <summary>
/// `jobframe goals &lt;title&gt;`: the goal frames of a confidently resolved title, as text (the seeds' layout),
/// Markdown, CSV or card JSON, with the manager's filled-in values. With <c>--out &lt;file&gt;</c> the export is saved
/// as the file a manager downloads from the web page or receives in Teams and Slack: the same bytes, byte for byte.
/// </summary>
public static class GoalsCommand
{
    public static int Run(CliContext context)
    {
        var arguments = context.Arguments;
        if (context.UnknownOption("--frame", "--format", "--fill", "--out") is { } unknown)
        {
            return CliApplication.UsageError(context.Error, $"goals does not take {unknown}");
        }

        var title = arguments.JoinFrom(1);
        if (string.IsNullOrWhiteSpace(title))
        {
            return CliApplication.UsageError(context.Error, "goals needs a title, e.g. jobframe goals \"Senior ML Engineer\"");
        }

        if (!OutputFormats.TryParseFrame(arguments.Value("--frame"), out var frame))
        {
            return CliApplication.UsageError(context.Error, "--frame takes smart, okr, mbo, scorecard or all");
        }

        if (OutputFormats.Parse(arguments.Value("--format")) is not { } format)
        {
            return CliApplication.UsageError(context.Error, "--format takes text, markdown, csv, adaptive-card or block-kit");
        }

        FilledValues fills;
        try
        {
            fills = FilledValues.Parse(arguments.Values("--fill"), frame);
        }
        catch (FormatException ex)
        {
            return CliApplication.UsageError(context.Error, ex.Message);
        }

        var answer = context.Engine.Respond(new ChatCommand(CommandIntent.Goals, title, Frame: frame));
        if (answer is not GoalsAnswer goals || goals.MissingFrameNotice is not null || format is OutputFormat.AdaptiveCard or OutputFormat.BlockKit)
        {
            return AnswerOutput.Write(context, answer, format);
        }

        var exportFormat = format switch
        {
            OutputFormat.Markdown => ExportFormat.Markdown,
            OutputFormat.Csv => ExportFormat.Csv,
            _ => ExportFormat.Text,
        };
        var content = GoalFramesExport.Render(goals.Frames, exportFormat, frame, fills);
        if (arguments.Value("--out") is { } path)
        {
            return Save(context, path, GoalFramesExport.Encode(content, exportFormat));
        }

        // The export itself has no final line break; a command-line tool ends its output with one. A CSV ends with its
        // record's CRLF and starts with the byte-order mark, exactly as the file the chat faces send.
        content = GoalFramesExport.FileText(content, exportFormat);
        context.Out.Write(content.EndsWith('\n') ? content : content + "\n");
        return ExitCodes.Ok;
    }

    /// <summary>Writes the export's bytes to <paramref name="path"/> and says where they went.</summary>
    private static int Save(CliContext context, string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return CliApplication.UsageError(context.Error, $"cannot write {path}: {ex.Message}");
        }

        context.Out.WriteLine($"Saved {bytes.Length} bytes to {path}");
        return ExitCodes.Ok;
    }
}
