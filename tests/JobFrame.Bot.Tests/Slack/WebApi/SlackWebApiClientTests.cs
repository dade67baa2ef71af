using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using JobFrame.Bot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Slack.WebApi;

/// <summary>The Slack Web API client under the outbound policy, with the clock driven by the test.</summary>
public sealed class SlackWebApiClientTests
{
    private const string PostMessage = "api/chat.postMessage";
    private const int OutboundRetrying = 6000;
    private const int WebApiCallFailed = 5130;

    private static readonly ChatPostMessageRequest Hello = new() { Channel = "C2147483705", Text = "hello" };
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task PostMessage_RateLimitedOnceWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        var time = new FakeTimeProvider(SlackHost.DefaultNow);
        await using var host = await SlackHost.StartAsync(time: time);
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 2));

        var call = CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None));
        await host.Logs.WaitForAsync(OutboundRetrying);
        var waited = await time.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(10));

        var posted = await call;
        Assert.True(posted.Ok);
        Assert.Equal(2, host.StandIn.CallsTo(PostMessage).Count);
        Assert.InRange(waited, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
        var retry = Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == OutboundRetrying);
        Assert.Equal("429", retry.GetStructuredStateValue("Outcome"));
        Assert.Equal("2000", retry.GetStructuredStateValue("DelayMilliseconds"));
    }

    [Fact]
    public async Task PostMessage_ServerError_IsNotRetried_BecauseSlackMayHavePostedIt()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.ServerError(500));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None)));

        Assert.Equal("http_500", failure.Error);
        Assert.Single(host.StandIn.CallsTo(PostMessage));
        var logged = Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == WebApiCallFailed);
        Assert.Equal("1", logged.GetStructuredStateValue("Attempts"));
    }

    [Fact]
    public async Task PostMessage_ConnectionRefused_IsRetriedWithBackOffThenFailsNamingTheAttemptsWithoutTheToken()
    {
        var time = new FakeTimeProvider(SlackHost.DefaultNow);
        await using var host = await SlackHost.StartAsync(time: time, settings: new Dictionary<string, string> { ["Slack:ApiBaseUrl"] = ClosedLoopbackUrl() + "api/" });

        var call = CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None));
        // Three back-offs of about 1, 2 and 4 s, with jitter.
        var waited = await time.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(30));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => call);
        Assert.Equal("ConnectionError", failure.Error);
        Assert.Equal(3, host.Logs.GetSnapshot().Count(e => e.Id.Id == OutboundRetrying));
        Assert.Equal("4", Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == WebApiCallFailed).GetStructuredStateValue("Attempts"));
        Assert.True(waited >= TimeSpan.FromSeconds(3), $"the back-off waited only {waited}");
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Message.Contains(SlackHost.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessage_RateLimitedOnEveryAttempt_GivesUpWithHttp429AfterTheAttemptBound()
    {
        var time = new FakeTimeProvider(SlackHost.DefaultNow);
        await using var host = await SlackHost.StartAsync(time: time, settings: new Dictionary<string, string> { ["Outbound:MaxAttempts"] = "2" });
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 1));
        host.StandIn.ScriptNext(PostMessage, StandInReply.RateLimited(retryAfterSeconds: 1));

        var call = CallAsync(host, web => web.PostMessageAsync(Hello, CancellationToken.None));
        await time.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(10));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => call);
        Assert.Equal("http_429", failure.Error);
        Assert.Equal(2, host.StandIn.CallsTo(PostMessage).Count);
        Assert.Equal("2", Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == WebApiCallFailed).GetStructuredStateValue("Attempts"));
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
        var logged = Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == WebApiCallFailed);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Equal("Slack Web API chat.postMessage failed: channel_not_found after 1 attempt(s)", logged.Message);
        AssertNoSecretLogged(host);
    }

    [Fact]
    public async Task EventReply_OkFalse_IsLoggedByTheWorkerAndNeverTheTokenOrSecret()
    {
        await using var host = await SlackHost.StartAsync();
        host.StandIn.ScriptNext(PostMessage, StandInReply.NotOk("not_in_channel"));

        await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        await host.Journal.NextHandledEventAsync();
        await host.Logs.WaitForAsync(5120);

        Assert.Contains(host.Logs.GetSnapshot(), e => e.Id.Id == WebApiCallFailed && e.Message.Contains("not_in_channel", StringComparison.Ordinal));
        var workFailed = Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == 5120);
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

    /// <summary>A loopback URL nothing listens on: connecting is refused at once.</summary>
    internal static string ClosedLoopbackUrl()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    private static void AssertNoSecretLogged(SlackHost host)
    {
        Assert.NotEmpty(host.Logs.GetSnapshot());
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Message.Contains(SlackHost.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Message.Contains("xoxb-", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Message.Contains(SlackHost.SigningSecret, StringComparison.Ordinal));
    }

    private static async Task<T> CallAsync<T>(SlackHost host, Func<ISlackWebApi, Task<T>> call)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<ISlackWebApi>());
    }
}
