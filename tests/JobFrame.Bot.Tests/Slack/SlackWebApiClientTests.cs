using JobFrame.Bot.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Slack;

public sealed class SlackWebApiClientTests
{
    private const string PostMessage = "api/chat.postMessage";

    private static readonly ChatPostMessageRequest Hello = new() { Channel = "C2147483705", Text = "hello" };

    [Fact]
    public async Task PostMessage_RateLimitedOnceWithRetryAfter_WaitsAndSucceeds()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 1));

        var posted = await CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None));

        Assert.True(posted.Ok);
        Assert.Equal("1700000100.000100", posted.Ts);
        Assert.Equal(2, host.StandIn.CallsTo(PostMessage).Count);
        var rateLimited = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 5131);
        Assert.Contains("chat.postMessage", rateLimited.Message, StringComparison.Ordinal);
        Assert.Contains("1 s", rateLimited.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_ServerErrorsWithinTheBound_AreRetriedThenSucceed()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.ServerError(500));
        host.StandIn.ScriptNext(PostMessage, StandInReply.ServerError(503));

        var posted = await CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None));

        Assert.True(posted.Ok);
        Assert.Equal(3, host.StandIn.CallsTo(PostMessage).Count);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.EventId.Id == 5133));
    }

    [Fact]
    public async Task PostMessage_ConnectionRefused_IsRetriedWithinBoundsThenFailsWithoutTheToken()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string> { ["Slack:ApiBaseUrl"] = $"http://127.0.0.1:{port}/api/" });

        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None)));

        Assert.Equal(2, host.Logs.Entries.Count(e => e.EventId.Id == 5133));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(SlackHost.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessage_RateLimitedBeyondTheRetryBound_GivesUpWithHttp429()
    {
        await using var host = await SlackHost.StartAsync(settings: new Dictionary<string, string> { ["Slack:MaxRateLimitRetries"] = "1" });
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 1));
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 1));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None)));

        Assert.Equal("http_429", failure.Error);
        Assert.Equal(2, host.StandIn.CallsTo(PostMessage).Count);
    }

    [Fact]
    public async Task PostMessage_RetryAfterLongerThanTheBotWaits_GivesUpAtOnce()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 3600));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None)));

        Assert.Equal("http_429", failure.Error);
        Assert.Single(host.StandIn.CallsTo(PostMessage));
    }

    [Fact]
    public async Task PostMessage_OkFalse_IsLoggedWithMethodAndErrorAndNeverTheToken()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.NotOk("channel_not_found"));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None)));

        Assert.Equal("chat.postMessage", failure.Method);
        Assert.Equal("channel_not_found", failure.Error);
        var logged = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 5130);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Equal("Slack Web API chat.postMessage failed: channel_not_found", logged.Message);
        AssertNoSecretLogged(host);
    }

    [Fact]
    public async Task EventReply_OkFalse_IsLoggedByTheWorkerAndNeverTheTokenOrSecret()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.NotOk("not_in_channel"));

        await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        await host.Journal.NextHandledEventAsync();
        // The handler's failure reaches the worker after the journal sees it; the next item proves the worker moved on.
        await host.PostEventAsync(Fixtures.Json("message-im.json"));
        await host.Journal.NextHandledEventAsync();

        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 5130 && e.Message.Contains("not_in_channel", StringComparison.Ordinal));
        var workFailed = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 5120);
        Assert.Equal("Slack background work event Ev123ABC456 failed", workFailed.Message);
        AssertNoSecretLogged(host);
    }

    [Fact]
    public async Task UploadFile_ThreeSteps_ReturnTheSharedFile()
    {
        await using var host = await SlackHost.StartAsync();

        var file = await CallAsync(host, web => web.UploadFileAsync("C2147483705", "1700000000.000200", "goals.md", "# Goals\n"u8.ToArray(), "Goals", CancellationToken.None));

        Assert.Equal("F0123456789", file.Id);
        Assert.Equal(
            ["api/files.getUploadURLExternal", "upload/F0123456789", "api/files.completeUploadExternal"],
            host.StandIn.Calls.Select(c => c.Path));
        Assert.Equal("1700000000.000200", (string?)host.StandIn.CallsTo("api/files.completeUploadExternal")[0].Json["thread_ts"]);
    }

    private static void AssertNoSecretLogged(SlackHost host)
    {
        Assert.NotEmpty(host.Logs.Entries);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(SlackHost.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("xoxb-", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(SlackHost.SigningSecret, StringComparison.Ordinal));
    }

    private static async Task<T> CallAsync<T>(SlackHost host, Func<ISlackWebApi, Task<T>> call)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<ISlackWebApi>());
    }
}
