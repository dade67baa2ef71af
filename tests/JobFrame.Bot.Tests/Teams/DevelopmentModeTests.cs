using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams;

/// <summary>Without an app id the bot takes unauthenticated requests, but only from the machine it runs on.</summary>
public sealed class DevelopmentModeTests
{
    private const int DevelopmentModeEnabled = 4000;

    public sealed class FromLoopback(LoopbackHost host) : IClassFixture<LoopbackHost>
    {
        [Fact]
        public async Task UnauthenticatedMessage_IsAnsweredAndTheStartupWarnedLoudly()
        {
            var conversation = "a:" + Guid.NewGuid().ToString("N");
            var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

            var response = await host.PostActivityAsync(activity, bearerToken: null);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
            Assert.Null(post.Authorization);
            var warning = Assert.Single(host.Logs.Entries, entry => entry.EventId.Id == DevelopmentModeEnabled);
            Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        }

        [Fact]
        public async Task NonHttpsServiceUrlOffLoopback_IsRefused()
        {
            var conversation = "a:" + Guid.NewGuid().ToString("N");
            var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, "http://connector.example.com/", conversation);

            var response = await host.PostActivityAsync(activity, bearerToken: null);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(host.Handler.ReceivedIn(conversation));
        }
    }

    public sealed class FromAnotherMachine(RemoteHost host) : IClassFixture<RemoteHost>
    {
        [Fact]
        public async Task UnauthenticatedMessage_Is401AndNothingIsProcessed()
        {
            var conversation = "a:" + Guid.NewGuid().ToString("N");
            var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

            var response = await host.PostActivityAsync(activity, bearerToken: null);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(host.Handler.ReceivedIn(conversation));
            Assert.Empty(host.StandIns.PostsTo(conversation));
        }
    }

    public sealed class InProduction(TeamsHost host) : IClassFixture<TeamsHost>
    {
        [Fact]
        public async Task Startup_DoesNotWarnAboutDevelopmentMode()
        {
            var response = await host.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.DoesNotContain(host.Logs.Entries, entry => entry.EventId.Id == DevelopmentModeEnabled);
        }
    }

    public sealed class LoopbackHost : TeamsHost
    {
        protected override IPAddress? RemoteAddress => IPAddress.Loopback;

        protected override void Configure(IDictionary<string, string?> settings) => settings["MicrosoftAppId"] = string.Empty;
    }

    public sealed class RemoteHost : TeamsHost
    {
        protected override IPAddress? RemoteAddress => IPAddress.Parse("203.0.113.7");

        protected override void Configure(IDictionary<string, string?> settings) => settings["MicrosoftAppId"] = string.Empty;
    }
}
