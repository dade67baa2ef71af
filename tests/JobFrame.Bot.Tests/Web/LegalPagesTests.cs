using System.Net;

namespace JobFrame.Bot.Tests.Web;

/// <summary>/privacy and /terms: the pages the Teams app package names, public in production as Teams needs them.</summary>
public sealed class LegalPagesTests
{
    [Theory]
    [InlineData("/privacy", "Privacy statement", "What the bot keeps")]
    [InlineData("/terms", "Terms of use", "No warranty")]
    public async Task LegalPage_AnswersOkWithTheProjectsOwnText_InProduction(string path, string title, string section)
    {
        await using var host = new BotHostFixture("Production");
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<title>JobFrame Bot — {title}</title>", page, StringComparison.Ordinal);
        Assert.Contains($"<h2>{section}</h2>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TermsPage_LinksToThePrivacyPage()
    {
        await using var host = new BotHostFixture("Production");
        using var client = host.CreateClient();

        var page = await client.GetStringAsync(new Uri("/terms", UriKind.Relative));

        Assert.Contains("<a href=\"/privacy\">", page, StringComparison.Ordinal);
    }
}
