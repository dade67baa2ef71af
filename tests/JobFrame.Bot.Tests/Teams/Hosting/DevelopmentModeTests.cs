using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Hosting;

/// <summary>
/// Without an app id the bot takes unauthenticated requests only in the Development environment and only from the
/// machine it runs on; in any other environment it serves no Teams endpoint at all, whoever calls.
/// </summary>
public sealed class DevelopmentModeTests
{
    private const int DevelopmentModeEnabled = 4000;
    private const int TeamsOff = 4050;

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
            var warning = Assert.Single(host.Logs.GetSnapshot(), entry => entry.Id.Id == DevelopmentModeEnabled);
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
            Assert.DoesNotContain(host.Logs.GetSnapshot(), entry => entry.Id.Id == DevelopmentModeEnabled);
        }
    }

    /// <summary>Production without credentials, called from loopback as through a same-host reverse proxy or sidecar.</summary>
    public sealed class InProductionWithoutAppId(ProductionWithoutAppIdHost host) : IClassFixture<ProductionWithoutAppIdHost>
    {
        [Fact]
        public async Task UntokenedMessageFromLoopback_FindsNoEndpointAndNothingIsPosted()
        {
            var conversation = "a:" + Guid.NewGuid().ToString("N");
            var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

            var response = await host.PostActivityAsync(activity, bearerToken: null);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Empty(host.Handler.ReceivedIn(conversation));
            Assert.Empty(host.StandIns.PostsTo(conversation));
        }

        [Fact]
        public async Task Startup_SaysTeamsIsOffNamingTheMissingSettingAndNeverDevelopmentMode()
        {
            await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

            var off = Assert.Single(host.Logs.GetSnapshot(), entry => entry.Id.Id == TeamsOff);
            Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, off.Level);
            Assert.Contains("MicrosoftAppId", off.Message, StringComparison.Ordinal);
            Assert.Contains("Production", off.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(host.Logs.GetSnapshot(), entry => entry.Id.Id == DevelopmentModeEnabled);
        }
    }

    public sealed class ProductionWithoutAppIdHost() : WithoutAppIdHost("Production", IPAddress.Loopback);

    public sealed class LoopbackHost() : WithoutAppIdHost("Development", IPAddress.Loopback);

    public sealed class RemoteHost() : WithoutAppIdHost("Development", IPAddress.Parse("203.0.113.7"));

    /// <summary>A host with no <c>MicrosoftAppId</c>, in <paramref name="environment"/>, called from <paramref name="remoteAddress"/>.</summary>
    public abstract class WithoutAppIdHost(string environment, IPAddress remoteAddress) : TeamsHost
    {
        protected override string Environment => environment;

        protected override IPAddress? RemoteAddress => remoteAddress;

        protected override void Configure(IDictionary<string, string?> settings) => settings["MicrosoftAppId"] = string.Empty;
    }
}
