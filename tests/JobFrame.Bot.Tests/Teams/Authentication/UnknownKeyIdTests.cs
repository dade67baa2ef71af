using System.Net;
using JobFrame.Bot.Tests.Fixtures;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Teams.Authentication;

/// <summary>Tokens naming made-up key ids are refused without making the bot hammer the key host.</summary>
public sealed class UnknownKeyIdTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task ManyTokensWithUnknownKeyIds_AreRefusedWithAtMostOneExtraKeyFetch()
    {
        var serviceUrl = host.StandIns.ServiceUrl;
        for (var i = 0; i < 6; i++)
        {
            var conversation = "a:" + Guid.NewGuid().ToString("N");
            var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, serviceUrl, conversation);
            var token = host.StandIns.Tokens.Channel(serviceUrl, d =>
                d.SigningCredentials = new SigningCredentials(host.StandIns.Keys.Rogue("made-up-" + i), SecurityAlgorithms.RsaSha256));

            var response = await host.PostActivityAsync(activity, token);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // The first fetch fills the cache, one forced fetch looks for the unknown kid; the cache's own
        // catch-up after that forced fetch may add one more. Six forged kids must not mean six fetches.
        Assert.InRange(host.StandIns.ChannelKeyFetches, 2, 3);
    }
}
