using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Authentication;

/// <summary>When the keys cannot be fetched, nothing can be verified: the bot refuses, it does not fail open or crash.</summary>
public sealed class UnreachableSigningKeysTests(UnreachableSigningKeysTests.NoKeyHost host) : IClassFixture<UnreachableSigningKeysTests.NoKeyHost>
{
    [Fact]
    public async Task ValidLookingToken_WhileKeysAreUnreachable_Is401()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

        var response = await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Handler.ReceivedIn(conversation));
        Assert.Empty(host.StandIns.PostsTo(conversation));
    }

    /// <summary>A host whose channel metadata points at a path the stand-ins do not serve.</summary>
    public sealed class NoKeyHost : TeamsHost
    {
        protected override void Configure(IDictionary<string, string?> settings) =>
            settings["BotFramework:ChannelOpenIdMetadataUrl"] = settings["BotFramework:ChannelOpenIdMetadataUrl"] + "-missing";
    }
}
