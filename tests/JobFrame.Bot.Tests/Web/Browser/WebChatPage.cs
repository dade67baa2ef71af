using System.Text.Json;
using System.Text.RegularExpressions;
using JobFrame.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>
/// The chat page as a person uses it: type into Web Chat's send box, read the cards the bot answers with, fill their
/// inputs, click their buttons, take a picture.
/// </summary>
public sealed partial class WebChatPage : IAsyncDisposable
{
    // A patient limit, not a speed requirement: the first page load parses a 3.7 MB script on a shared 2-core machine.
    private static readonly LocatorAssertionsToHaveCountOptions s_answerArrives = new() { Timeout = 60_000 };

    // The transcript scrolls inside its own element, and Web Chat glides it to the bottom when an answer arrives: let
    // that settle, then put the card's top near the top with the question just above it, and let that settle too.
    private const string ScrollToCardScript = """
        async card => {
          let scroller = card.parentElement;
          while (scroller && !(scroller.scrollHeight > scroller.clientHeight
              && ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY))) {
            scroller = scroller.parentElement;
          }
          if (!scroller) {
            return;
          }
          const settle = async () => {
            let last = -1;
            for (let frame = 0, still = 0; still < 10 && frame < 600; frame++) {
              await new Promise(resolve => requestAnimationFrame(resolve));
              still = scroller.scrollTop === last ? still + 1 : 0;
              last = scroller.scrollTop;
            }
          };
          await settle();
          scroller.scrollTop += card.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 110;
          await settle();
        }
        """;

    private readonly IPage _page;
    private readonly List<string> _pageErrors = [];

    private WebChatPage(IPage page)
    {
        _page = page;
        _page.PageError += (_, error) => _pageErrors.Add(error);
    }

    /// <summary>Uncaught script errors the page has had so far.</summary>
    public IReadOnlyList<string> PageErrors => _pageErrors;

    /// <summary>The cards the bot has answered with, in transcript order (the welcome first).</summary>
    private ILocator Cards => _page.Locator(".ac-adaptiveCard");

    private ILocator SendBox => _page.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>The files the bot has sent, as Web Chat shows them: download links named after the file.</summary>
    private ILocator Files => _page.Locator("a.webchat__fileContent__buttonLink");

    /// <summary>Opens the page and waits for Web Chat and the bot's welcome.</summary>
    public static async Task<WebChatPage> OpenAsync(IPage page, Uri address)
    {
        var chat = new WebChatPage(page);
        await page.GotoAsync(address.AbsoluteUri);
        if (!await page.EvaluateAsync<bool>("() => typeof window.WebChat === 'object'"))
        {
            throw new InvalidOperationException(
                "The page loaded without Web Chat: the host was built without its web chat bundle. Install Node.js and npm, then run: npm ci --prefix src/JobFrame.Bot/webchat && dotnet build src/JobFrame.Bot");
        }

        await Expect(chat.SendBox).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = s_answerArrives.Timeout });
        await Expect(chat.Cards).ToHaveCountAsync(1, s_answerArrives);
        return chat;
    }

    /// <summary>Types <paramref name="message"/>, sends it, and returns the card the bot answers with.</summary>
    public async Task<ILocator> AskAsync(string message)
    {
        var before = await Cards.CountAsync();
        await SendBox.FillAsync(message);
        await SendBox.PressAsync("Enter");
        return await NextCardAsync(before);
    }

    /// <summary>Sends <paramref name="message"/> and returns the activity the page POSTed for it, as sent.</summary>
    public async Task<JsonElement> PostedActivityOfAsync(string message)
    {
        var request = await _page.RunAndWaitForRequestAsync(
            () => AskAsync(message),
            request => request.Method == "POST" && request.Url.EndsWith("/api/messages", StringComparison.Ordinal)
                && request.PostData?.Contains("\"type\":\"message\"", StringComparison.Ordinal) == true);
        return request.PostDataJSON() ?? throw new InvalidOperationException("The page POSTed no JSON.");
    }

    /// <summary>Clicks the first button of <paramref name="card"/> whose title contains <paramref name="title"/>; returns the answer.</summary>
    public async Task<ILocator> ClickAsync(ILocator card, string title)
    {
        var before = await Cards.CountAsync();
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title }).First.ClickAsync();
        return await NextCardAsync(before);
    }

    /// <summary>
    /// Clicks the button of <paramref name="card"/> titled <paramref name="title"/>, waits for the bot's reply to
    /// show its file, then clicks the file as a person would and returns what the browser saved: the file's name and
    /// its bytes.
    /// </summary>
    public async Task<(string FileName, byte[] Bytes)> DownloadAsync(ILocator card, string title)
    {
        var before = await Files.CountAsync();
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true }).ClickAsync();
        await Expect(Files).ToHaveCountAsync(before + 1, s_answerArrives);
        var download = await _page.RunAndWaitForDownloadAsync(() => Files.Nth(before).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return (download.SuggestedFilename, bytes.ToArray());
    }

    /// <summary>The address of every link inside <paramref name="card"/>.</summary>
    public static async Task<IReadOnlyList<string>> LinksOfAsync(ILocator card) =>
        await card.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");

    /// <summary>Takes a picture of the whole visible chat as docs/screenshots/<paramref name="name"/>.png, as it is now.</summary>
    public async Task ScreenshotAsIsAsync(string name)
    {
        Directory.CreateDirectory(RepositoryFolders.Screenshots);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolders.Screenshots, name + ".png") });
    }

    /// <summary>The text of a card as shown, with every run of white space made one space.</summary>
    public static async Task<string> TextOfAsync(ILocator card) => Squeeze(await card.InnerTextAsync());

    /// <summary>Makes every run of white space one space, so texts compare by what they say rather than how they wrap.</summary>
    public static string Squeeze(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>
    /// Saves a picture of the chat as <paramref name="name"/>.png, scrolled so that <paramref name="card"/> starts near the
    /// top with the message it answers just above it: under docs/screenshots when the docs' pictures are being updated
    /// (<see cref="DocPictures"/>), in a scratch folder otherwise.
    /// </summary>
    public async Task<string> ScreenshotAsync(ILocator card, string name)
    {
        await card.EvaluateAsync(ScrollToCardScript);
        var path = Path.Combine(RepositoryFolders.Screenshots, name + ".png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await _page.Context.CloseAsync();

    private async Task<ILocator> NextCardAsync(int before)
    {
        await Expect(Cards).ToHaveCountAsync(before + 1, s_answerArrives);
        return Cards.Nth(before);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
