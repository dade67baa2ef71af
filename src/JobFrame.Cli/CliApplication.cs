using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;

namespace JobFrame.Cli;

/// <summary>
/// The `jobframe` command line: resolve, goals, level, compare, canon check. Every command takes --canon &lt;dir&gt;;
/// the default is the canon shipped next to the executable.
/// </summary>
public static class CliApplication
{
    public const string Usage = """
        Usage: jobframe <command> [options]

          resolve <title> [--json] [--format text|adaptive-card|block-kit]
                                                         how a title resolves in the canon
          goals <title> [--frame smart|okr|mbo|scorecard|all]
                        [--format text|markdown|csv|adaptive-card|block-kit]
                        [--fill <row>.<baseline|target|date>=<value> ...] [--out <file>]
                                                         --out saves the export as the file the chat faces deliver
          level <title-or-code> [--format text|adaptive-card|block-kit]
          compare <a> <b> [--format text|adaptive-card|block-kit]
          canon check                                    validate the canon files and list their warnings
          report unresolved [--log <file>] [--redis <configuration> [--stream <name>]]
                            [--since yyyy-mm-dd] [--top N]
                                                         what managers asked that the canon could not answer
                                                         (the hosts' log file, their Redis stream, or both)
          teams-package --app-id <guid> --host <domain> [--version x.y.z] [--previous earlier.zip]
                        [--privacy-url https://...] [--terms-url https://...] [--out file.zip]
                                                         the Teams app package (manifest + icons); with
                                                         --previous, only a higher version of the same app

          --canon <dir>   the canon folder (default: the canon shipped with the tool)

        Exit codes: 0 answered, 1 canon invalid, 2 usage error, 3 no confident match (candidates, no match, or the level
        alone when no role matched), 4 the canon has no data for what was asked (a frame the role cannot have, a level
        known by name only).
        """;

    /// <summary>Runs one command; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = CliArguments.Parse(args);
        if (arguments.Error is not null)
        {
            return UsageError(stderr, arguments.Error);
        }

        if (arguments.Positionals.Count == 0 || arguments.Has("--help") || arguments.Has("-h"))
        {
            stdout.Write(Usage);
            return arguments.Positionals.Count == 0 && !arguments.Has("--help") && !arguments.Has("-h") ? ExitCodes.Usage : ExitCodes.Ok;
        }

        // The Teams package and the unresolved report need no canon.
        if (arguments.Positionals is ["teams-package"])
        {
            return TeamsPackage.TeamsPackageCommand.Run(arguments, stdout, stderr);
        }

        if (arguments.Positionals is ["report", "unresolved"])
        {
            return ReportUnresolvedCommand.Run(arguments, stdout, stderr);
        }

        var canonDirectory = arguments.Value("--canon") ?? Path.Combine(AppContext.BaseDirectory, "canon");
        CanonSnapshot canon;
        try
        {
            canon = CanonLoader.Load(canonDirectory);
        }
        catch (CanonLoadException ex)
        {
            foreach (var error in ex.Errors)
            {
                stderr.WriteLine(Path.Combine(canonDirectory, error.File) + ":" + error.Line + ": " + error.Problem);
            }

            if (ex.Errors.Count == 0)
            {
                stderr.WriteLine(ex.Message);
            }

            return ExitCodes.CanonInvalid;
        }

        var context = new CliContext(arguments, canon, stdout, stderr);
        return arguments.Positionals[0] switch
        {
            "resolve" => ResolveCommand.Run(context),
            "goals" => GoalsCommand.Run(context),
            "level" => LevelCommand.Run(context),
            "compare" => CompareCommand.Run(context),
            "canon" when arguments.Positionals is [_, "check"] => CanonCheckCommand.Run(context),
            _ => UsageError(stderr, $"unknown command '{string.Join(' ', arguments.Positionals)}'"),
        };
    }

    public static int UsageError(TextWriter stderr, string problem)
    {
        stderr.WriteLine("jobframe: " + problem);
        stderr.WriteLine("Run 'jobframe --help' for usage.");
        return ExitCodes.Usage;
    }
}
