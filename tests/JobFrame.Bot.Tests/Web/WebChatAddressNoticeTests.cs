using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Bot.Web;

namespace JobFrame.Bot.Tests.Web;

public sealed class WebChatAddressNoticeTests
{
    private const int WebChatAvailableEvent = 600;

    [Fact]
    public async Task Development_OnStart_SaysWhereToOpenTheChat()
    {
        await using var host = new BotHostFixture("Development");

        var address = host.StartOnLoopback();

        var notice = await host.Logs.WaitForAsync(WebChatAvailableEvent);
        Assert.Equal($"Open {address.GetLeftPart(UriPartial.Authority)} to chat with the bot", notice.Message);
    }

    [Fact]
    public async Task Production_ByDefault_SaysNothingAboutAChatPage()
    {
        await using var host = new BotHostFixture("Production");

        host.StartOnLoopback();

        // Start-up has finished when the server reports its address, and the notice is said during start-up or never.
        Assert.DoesNotContain(host.Logs.GetSnapshot(), entry => entry.Id.Id == WebChatAvailableEvent);
    }

    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://+:80", "http://localhost")]
    [InlineData("https://*:8443", "https://localhost:8443")]
    public void Browsable_WildcardBindings_OpenAsLocalhost(string bound, string opened)
    {
        Assert.Equal(opened, WebChatAddressNotice.Browsable(bound));
    }
}
