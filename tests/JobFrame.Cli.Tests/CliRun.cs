using JobFrame.Cli;
using JobFrame.Engine.Tests;

namespace JobFrame.Cli.Tests;

/// <summary>Runs the CLI in-process, as `jobframe ...` would, and captures what it prints and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApplication.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The same, against the repository's canon/ folder.</summary>
    public static CliRun WithCanon(params string[] args) => Of([.. args, "--canon", CanonFolders.BundledCanon]);
}
