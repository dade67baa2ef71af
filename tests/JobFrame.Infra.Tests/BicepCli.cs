using System.Diagnostics;
using System.Reflection;

namespace JobFrame.Infra.Tests;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (restored with this project, run from the
/// package folder): `bicep build` and `bicep lint` as an engineer runs them.
/// </summary>
internal static class BicepCli
{
    // A patient limit for a slow shared machine; never a speed requirement.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Executable { get; } = Path.Combine(
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackageFolder").Value!,
        "tools",
        "bicep");

    /// <summary>Runs bicep with <paramref name="arguments"/>; its exit code and what it wrote to each stream.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing to report to anyone from a test run.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        using var guard = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(guard.Token);
        var error = process.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }
}
