namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>
/// Finds the programs the card checks need, and says exactly what to install when one is missing:
/// the checks fail with that message, they never pass or skip without having run.
/// </summary>
internal static class CardCheckTools
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string ValidatorScript => Path.Combine(RepositoryPaths.CardCheckTools, "validate.mjs");

    public static string RenderPage => Path.Combine(RepositoryPaths.CardCheckTools, "render.html");

    public static string RendererScript =>
        Path.Combine(RepositoryPaths.CardCheckTools, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");

    /// <summary>The node executable on PATH.</summary>
    public static string RequireNode()
    {
        var node = FindOnPath("node") ?? throw new InvalidOperationException(
            "Node.js is not installed, and the card checks run ajv and the Adaptive Cards renderer with it. "
            + "Install it: apt-get update && apt-get install -y nodejs npm; then run: npm ci --prefix tools/cardcheck");
        RequireNpmPackages();
        return node;
    }

    public static void RequireNpmPackages()
    {
        var modules = Path.Combine(RepositoryPaths.CardCheckTools, "node_modules");
        string[] required =
        [
            Path.Combine(modules, "ajv", "package.json"),
            Path.Combine(modules, "markdown-it", "package.json"),
            RendererScript,
            RepositoryPaths.TeamsLightHostConfig,
            RepositoryPaths.TeamsManifestSchema,
        ];
        if (!required.All(File.Exists))
        {
            throw new InvalidOperationException(
                "The card check npm packages are not installed in tools/cardcheck/node_modules. "
                + "Run: npm ci --prefix tools/cardcheck (a build of this test project also runs it when node_modules is missing).");
        }
    }

    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}; the render checks drive Debian's chromium, never a downloaded browser. "
                + "Install it: apt-get update && apt-get install -y chromium");
        }
    }

    private static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
