using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Connector;

/// <summary>The bot's own token comes from the client-credentials flow once, and is reused while it is fresh.</summary>
public sealed class BotTokenCachingTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task SeveralReplies_UseOneClientCredentialsTokenForTheBotsTenant()
    {
        var conversations = Enumerable.Range(0, 3).Select(_ => "a:" + Guid.NewGuid().ToString("N")).ToList();

        foreach (var conversation in conversations)
        {
            var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);
            await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));
        }

        foreach (var conversation in conversations)
        {
            var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
            Assert.Equal("Bearer " + BotFrameworkStandIns.IssuedAccessToken, post.Authorization);
        }

        var request = Assert.Single(host.StandIns.TokenRequests);
        Assert.Equal(TestIdentity.TenantId, request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(TestIdentity.AppId, request.Form["client_id"]);
        Assert.Equal(TestIdentity.AppPassword, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }
}
