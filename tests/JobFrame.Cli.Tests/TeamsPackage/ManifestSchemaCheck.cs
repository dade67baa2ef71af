using System.Diagnostics;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>
/// Validates a Teams manifest against the published 1.29 schema with the project's validator
/// (tools/cardcheck/validate.mjs, ajv in draft-04 mode). A missing tool fails the test with what to install.
/// </summary>
internal static class ManifestSchemaCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>The validator's verdict: exit code 0 and its one-line JSON result per file.</summary>
    public static async Task<(bool Valid, string Output)> ValidateAsync(string manifestPath)
    {
        var node = FindOnPath("node") ?? throw new InvalidOperationException(
            "Node.js is not installed, and the manifest check runs the JSON Schema validator with it. "
            + "Install it: apt-get update && apt-get install -y nodejs npm; then run: npm ci --prefix tools/cardcheck");
        if (!File.Exists(Path.Combine(RepositoryPaths.CardCheckTools, "node_modules", "ajv-draft-04", "package.json")))
        {
            throw new InvalidOperationException(
                "The validator's npm packages are not installed in tools/cardcheck/node_modules. Run: npm ci --prefix tools/cardcheck");
        }

        if (!File.Exists(RepositoryPaths.TeamsManifestSchema))
        {
            throw new InvalidOperationException($"The Teams manifest schema is missing: {RepositoryPaths.TeamsManifestSchema}");
        }

        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.CardCheckTools,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.CardCheckTools, "validate.mjs"));
        start.ArgumentList.Add(RepositoryPaths.TeamsManifestSchema);
        start.ArgumentList.Add(manifestPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var guard = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(guard.Token);
        var errors = process.StandardError.ReadToEndAsync(guard.Token);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode == 0, (await output) + (await errors));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
