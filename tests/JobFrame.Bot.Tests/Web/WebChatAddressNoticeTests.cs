using JobFrame.Bot.Web;

namespace JobFrame.Bot.Tests.Web;

public sealed class WebChatAddressNoticeTests
{
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
