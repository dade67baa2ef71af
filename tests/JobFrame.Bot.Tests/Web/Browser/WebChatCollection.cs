namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>The real-browser tests: one host and one browser for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<WebChatSession>
{
    public const string Name = "Web chat in a real browser";
}
