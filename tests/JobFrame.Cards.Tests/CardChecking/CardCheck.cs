using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>
/// Checks serialised cards with the real tools: the JSON Schema validator (ajv, through tools/cardcheck/validate.mjs)
/// and the official Adaptive Cards JavaScript renderer in headless Debian Chromium (tools/cardcheck/render.html),
/// with the Microsoft Teams light host config. One browser is shared by every test in the <see cref="CardCheckCollection"/>;
/// it starts on the first render, so schema-only tests never need Chromium.
/// </summary>
public sealed class CardCheck : IAsyncLifetime
{
    private static readonly TimeSpan s_validatorTimeout = TimeSpan.FromMinutes(2);

    private static readonly string[] s_chromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ];

    private readonly SemaphoreSlim _browserLock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _browserLock.Dispose();
    }

    /// <summary>Validates each card against a JSON Schema (the Adaptive Card 1.5 schema unless another is given).</summary>
    public async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(IReadOnlyList<NamedCard> cards, string? schemaPath = null)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var node = CardCheckTools.RequireNode();
        var folder = Directory.CreateTempSubdirectory("jobframe-cardcheck-");
        try
        {
            var namesByFile = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < cards.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"{i:D4}.json");
                await File.WriteAllTextAsync(file, cards[i].Json);
                namesByFile[file] = cards[i].Name;
            }

            var output = await RunValidatorAsync(node, schemaPath ?? RepositoryPaths.AdaptiveCardSchema, [.. namesByFile.Keys]);
            return [.. output.Select(result => ToValidationResult(result, namesByFile))];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Parses, validates and renders one card as Teams (light theme) would, and saves a PNG of the rendered card
    /// to <paramref name="screenshotPath"/> when one is given.
    /// </summary>
    public async Task<CardRenderResult> RenderAsync(string cardJson, string? screenshotPath = null)
    {
        var browser = await GetBrowserAsync();
        var hostConfig = await File.ReadAllTextAsync(RepositoryPaths.TeamsLightHostConfig);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 560, Height = 900 } });
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add("Page/Exception: " + error);
        try
        {
            await page.GotoAsync(new Uri(CardCheckTools.RenderPage).AbsoluteUri);
            if (!await page.EvaluateAsync<bool>("() => window.cardHarnessReady === true"))
            {
                throw new InvalidOperationException(
                    $"render.html loaded without the Adaptive Cards renderer ({CardCheckTools.RendererScript}). Run: npm ci --prefix tools/cardcheck");
            }

            var result = await page.EvaluateAsync<JsonElement>(
                "([card, hostConfig]) => window.renderCard(card, hostConfig)", new[] { cardJson, hostConfig });
            if (screenshotPath is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshotPath))!);
                await page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshotPath });
            }

            var errors = result.GetProperty("errors").EnumerateArray()
                .Select(e => $"{e.GetProperty("phase").GetString()}/{e.GetProperty("event").GetString()}: {e.GetProperty("message").GetString()}")
                .Concat(pageErrors)
                .ToList();
            return new CardRenderResult(errors, result.GetProperty("html").GetString() ?? string.Empty);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task<IBrowser> GetBrowserAsync()
    {
        await _browserLock.WaitAsync();
        try
        {
            if (_browser is null)
            {
                CardCheckTools.RequireChromium();
                CardCheckTools.RequireNpmPackages();
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = CardCheckTools.ChromiumPath,
                    Headless = true,
                    Args = s_chromiumArgs,
                });
            }

            return _browser;
        }
        finally
        {
            _browserLock.Release();
        }
    }

    private static async Task<List<JsonElement>> RunValidatorAsync(string node, string schemaPath, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.CardCheckTools,
        };
        start.ArgumentList.Add(CardCheckTools.ValidatorScript);
        start.ArgumentList.Add(schemaPath);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A hung validator must not hang the test run; two minutes is far beyond any real run.
        using var timeout = new CancellationTokenSource(s_validatorTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"validate.mjs did not finish within {s_validatorTimeout}.");
        }

        // Exit code 1 means "some file is invalid"; anything else besides 0 is a broken run.
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate.mjs failed with exit code {process.ExitCode}: {await stderr}");
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. lines.Select(ParseLine)];
    }

    private static JsonElement ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    private static CardValidationResult ToValidationResult(JsonElement result, Dictionary<string, string> namesByFile)
    {
        var file = result.GetProperty("file").GetString() ?? string.Empty;
        var errors = result.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()}: {e.GetProperty("message").GetString()}")
            .ToList();
        return new CardValidationResult(namesByFile.GetValueOrDefault(file, file), errors);
    }
}
