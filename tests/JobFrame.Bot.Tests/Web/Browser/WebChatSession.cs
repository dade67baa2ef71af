using JobFrame.Engine.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>
/// The real host in Development mode on Kestrel at a free loopback port (the bundled canon, the real Teams handler,
/// the page built by the project) and one headless Chromium, shared by the tests of the <see cref="WebChatCollection"/>;
/// both stop when the tests are done.
/// </summary>
public sealed class WebChatSession : IAsyncLifetime
{
    private readonly BotHostFixture _host = new("Development");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The host's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The host's own engine, to say what the page should show.</summary>
    public JobFrameEngine Engine => _host.Services.GetRequiredService<JobFrameEngine>();

    public async Task InitializeAsync()
    {
        Address = _host.StartOnLoopback();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _host.DisposeAsync();
    }

    /// <summary>Opens the chat page in a fresh browser context: a new conversation, nothing shared with other tests.</summary>
    public async Task<WebChatPage> OpenChatAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 900, Height = 1400 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        return await WebChatPage.OpenAsync(page, Address);
    }
}
