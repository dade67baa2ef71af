using System.Net;

namespace JobFrame.Bot.Tests.Web;

public sealed class WebChatServingTests
{
    [Fact]
    public async Task Development_ServesTheChatPageAtTheRoot()
    {
        await using var host = new BotHostFixture("Development");
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/webchat/webchat.js\"></script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_ServesTheBundledWebChatScriptWithTheExpectRepliesAdapter()
    {
        await using var host = new BotHostFixture("Development");
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/webchat/webchat.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("expectReplies", script, StringComparison.Ordinal);
        Assert.Contains("/api/messages", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/webchat/other.js")]
    [InlineData("/webchat/..%2Fappsettings.json")]
    public async Task Development_AnythingButThePagesOwnFiles_IsNotFound(string path)
    {
        await using var host = new BotHostFixture("Development");
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_ByDefault_ServesNoChatPage()
    {
        await using var host = new BotHostFixture("Production");
        using var client = host.CreateClient();

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var script = await client.GetAsync(new Uri("/webchat/webchat.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public async Task Production_WithWebChatEnabled_ServesTheChatPage()
    {
        await using var host = new BotHostFixture("Production", new Dictionary<string, string?> { ["WebChat:Enabled"] = "true" });
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Development_WithWebChatExplicitlyDisabled_StillServesThePage()
    {
        // "Enabled" widens where the page is served; it never hides it from a developer's own machine.
        await using var host = new BotHostFixture("Development", new Dictionary<string, string?> { ["WebChat:Enabled"] = "false" });
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
