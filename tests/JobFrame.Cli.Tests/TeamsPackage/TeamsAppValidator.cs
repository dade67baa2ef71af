using System.Diagnostics;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>
/// The official Teams app validator: `atk validate --manifest-file manifest.json` of the Microsoft 365 Agents Toolkit
/// CLI (npm @microsoft/m365agentstoolkit-cli, installed in tools/teamsapp). It checks the manifest against its schema
/// and the icons beside it, offline. A missing tool fails the test with what to install.
/// </summary>
internal static class TeamsAppValidator
{
    // A patient limit for a slow shared machine, far beyond the half minute a run takes; never a speed requirement.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static string Atk => Path.Combine(RepositoryPaths.Root, "tools", "teamsapp", "node_modules", ".bin", "atk");

    /// <summary>Runs the validator on <paramref name="manifestPath"/>: its verdict (exit code 0) and everything it printed.</summary>
    public static async Task<(bool Valid, string Output)> ValidateAsync(string manifestPath)
    {
        if (!File.Exists(Atk))
        {
            throw new InvalidOperationException(
                $"The Teams app validator is not installed ({Atk}). Run: tools/test-prerequisites.sh (a build of the tests runs it).");
        }

        var start = new ProcessStartInfo(Atk)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(manifestPath)!,
        };
        foreach (var argument in new[] { "validate", "--manifest-file", manifestPath, "--interactive", "false", "--telemetry", "false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("atk did not start");
        using var guard = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(guard.Token);
        var errors = process.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"atk validate did not finish within {Timeout}.");
        }

        return (process.ExitCode == 0, (await output) + (await errors));
    }
}
