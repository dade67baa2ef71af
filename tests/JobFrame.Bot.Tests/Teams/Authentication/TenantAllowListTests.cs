using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Authentication;

/// <summary>With a tenant allow-list, other organisations get a polite refusal and the bot's logic never runs.</summary>
public sealed class TenantAllowListTests(TenantAllowListTests.OtherTenantOnlyHost host) : IClassFixture<TenantAllowListTests.OtherTenantOnlyHost>
{
    [Fact]
    public async Task MessageFromATenantNotOnTheList_GetsAPoliteRefusal()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

        var response = await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Equal(
            "Sorry, JobFrame isn't available for your organisation. If you think it should be, please ask your Teams administrator.",
            post.Activity.Text);
        Assert.Empty(host.Handler.ReceivedIn(conversation));
    }

    [Fact]
    public async Task MessageFromATenantOnTheList_ReachesTheHandler()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);
        activity["conversation"]!["tenantId"] = TestIdentity.OtherTenantId;

        await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));

        Assert.Single(host.Handler.ReceivedIn(conversation));
    }

    /// <summary>A host that serves only <see cref="TestIdentity.OtherTenantId"/>.</summary>
    public sealed class OtherTenantOnlyHost : TeamsHost
    {
        protected override void Configure(IDictionary<string, string?> settings) =>
            settings["BotFramework:AllowedTenants:0"] = TestIdentity.OtherTenantId;
    }
}
