using System.Net;
using JobFrame.Bot.Tests.Fixtures;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Teams.Authentication;

/// <summary>Keys are cached, and fetched again when a token names a key the bot has not seen yet.</summary>
public sealed class SigningKeyRolloverTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task TokenSignedWithANewlyPublishedKey_IsAcceptedWithoutWaitingForTheScheduledRefresh()
    {
        var serviceUrl = host.StandIns.ServiceUrl;
        var first = "a:" + Guid.NewGuid().ToString("N");
        var second = "a:" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Load(first), host.StandIns.Tokens.Channel(serviceUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Load(first), host.StandIns.Tokens.Channel(serviceUrl))).StatusCode);
        Assert.Equal(1, host.StandIns.ChannelKeyFetches);

        host.StandIns.RotateChannelKeys();
        var rotatedToken = host.StandIns.Tokens.Channel(serviceUrl, d =>
            d.SigningCredentials = new SigningCredentials(host.StandIns.Keys.Rotated, SecurityAlgorithms.RsaSha256));
        var response = await host.PostActivityAsync(Load(second), rotatedToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handler.ReceivedIn(second));
    }

    private System.Text.Json.Nodes.JsonObject Load(string conversation) =>
        TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);
}
