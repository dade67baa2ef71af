using System.Net;

namespace JobFrame.Bot.Tests.Slack.WebApi;

/// <summary>Event work runs after the acknowledgement, through a bounded queue.</summary>
public sealed class SlackEventQueueTests
{
    [Fact]
    public async Task PostEvent_HandlerStillWorking_IsAcknowledgedBeforeTheReply()
    {
        await using var host = await SlackHost.StartAsync();
        host.Journal.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var response = await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        await host.Journal.NextStartedEventAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.StandIn.Calls);

        host.Journal.Gate.SetResult();
        await host.Journal.NextHandledEventAsync();
        Assert.Single(host.StandIn.CallsTo("api/chat.postMessage"));
    }

    [Fact]
    public async Task PostEvent_QueueFull_Is503AndSlacksRetryIsAnsweredLater()
    {
        // One worker, held: the queue behind it fills.
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string> { ["Slack:EventQueueCapacity"] = "1", ["Slack:ReplyWorkers"] = "1" });
        host.Journal.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = Fixtures.Json("app-mention.json");
        var queued = Fixtures.Json("message-im.json");
        var refused = Fixtures.Json("message-im.json");
        refused["event_id"] = "Ev0IMDM000002";
        refused["event"]!["ts"] = "1355517999.000001";

        await host.PostEventAsync(held);
        await host.Journal.NextStartedEventAsync();
        var queuedResponse = await host.PostEventAsync(queued);
        var refusedResponse = await host.PostEventAsync(refused);
        host.Journal.Gate.SetResult();
        await host.Journal.NextHandledEventAsync();
        await host.Journal.NextHandledEventAsync();
        var retryResponse = await host.PostEventAsync(refused, [new("X-Slack-Retry-Num", "1"), new("X-Slack-Retry-Reason", "http_error")]);
        var retried = await host.Journal.NextHandledEventAsync();

        Assert.Equal(HttpStatusCode.OK, queuedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retryResponse.StatusCode);
        Assert.Equal("1355517999.000001", retried.Ts);
        Assert.Equal(3, host.StandIn.CallsTo("api/chat.postMessage").Count);
    }
}
