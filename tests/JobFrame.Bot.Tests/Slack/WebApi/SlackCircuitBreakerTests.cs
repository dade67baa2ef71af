using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Slack.WebApi;

/// <summary>The outbound circuit breaker is per remote host: a failing host is refused at once, another host is not.</summary>
public sealed class SlackCircuitBreakerTests
{
    private const string PostMessage = "api/chat.postMessage";
    private static readonly ChatPostMessageRequest Hello = new() { Channel = "C2147483705", Text = "hello" };

    [Fact]
    public async Task FailingHost_OpensItsCircuit_WhileCallsToAnotherHostStillGoOut()
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["Outbound:BreakerMinimumThroughput"] = "2",
            ["Outbound:BreakerFailureRatio"] = "0.5",
        });
        host.StandIn.ScriptNext(PostMessage, StandInReply.ServerError(500));
        host.StandIn.ScriptNext(PostMessage, StandInReply.ServerError(503));
        await using var scope = host.Services.CreateAsyncScope();
        var web = scope.ServiceProvider.GetRequiredService<ISlackWebApi>();

        Assert.Equal("http_500", (await Assert.ThrowsAsync<SlackApiException>(() => web.PostMessageAsync(Hello, CancellationToken.None))).Error);
        Assert.Equal("http_503", (await Assert.ThrowsAsync<SlackApiException>(() => web.PostMessageAsync(Hello, CancellationToken.None))).Error);
        var refused = await Assert.ThrowsAsync<SlackApiException>(() => web.PostMessageAsync(Hello, CancellationToken.None));

        Assert.Equal("circuit_open", refused.Error);
        Assert.Equal(2, host.StandIn.CallsTo(PostMessage).Count);
        Assert.Single(host.Logs.GetSnapshot(), entry => entry.Id.Id == 6001);

        // The same stand-in named by another authority is another host to the breaker, as hooks.slack.com is to slack.com.
        var otherHost = new UriBuilder(host.StandIn.ResponseUrl) { Host = "localhost" }.Uri;
        await web.RespondAsync(otherHost, new SlackMessage { Text = "hello" }, CancellationToken.None);
        Assert.Single(host.StandIn.Calls, call => call.Path.StartsWith("response/", StringComparison.Ordinal));
    }
}
