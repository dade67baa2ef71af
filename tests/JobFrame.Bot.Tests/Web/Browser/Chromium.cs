using Microsoft.Playwright;

namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>Debian's Chromium, the only browser the tests drive: never a downloaded one.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] s_arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The real-browser tests drive Debian's Chromium at {ExecutablePath}, which is not installed. Install it: apt-get install -y chromium");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = s_arguments,
        });
    }
}
