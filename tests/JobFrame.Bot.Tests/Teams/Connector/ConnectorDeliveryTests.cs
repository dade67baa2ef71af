using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Connector;

/// <summary>
/// Replies reach the connector despite throttling, a reply the connector may have acted on is never sent twice, a failure
/// is logged once with the attempts really made, and one failing conversation does not hold up the others.
/// </summary>
public sealed class ConnectorDeliveryTests(DrivenClockTeamsHost host) : IClassFixture<DrivenClockTeamsHost>
{
    private const int OutboundRetrying = 6000;
    private const int ReplyDropped = 4005;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Connector429WithRetryAfter_IsRetriedAfterTheGivenDelayThenDelivered()
    {
        var conversation = NewConversation();
        host.StandIns.Script(conversation, new ScriptedResponse(429, RetryAfter: "2"));

        var response = await host.PostActivityAsync(Load(conversation), Token());
        await host.StandIns.WaitForPostsAsync(conversation, 1);
        await host.Logs.WaitForAsync(OutboundRetrying, entry => Equals(entry.GetStructuredStateValue("Outcome"), "429"));
        var waited = await host.Clock.AdvanceUntilAsync(() => host.StandIns.PostsTo(conversation).Count == 2, Step, TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = host.StandIns.PostsTo(conversation);
        Assert.Equal([429, 200], posts.Select(post => post.AnsweredStatus));
        Assert.All(posts, post => Assert.Equal("echo: goals for Senior ML Engineer", post.Activity.Text));
        Assert.InRange(waited, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
        var retry = await host.Logs.WaitForAsync(OutboundRetrying, entry => Equals(entry.GetStructuredStateValue("Outcome"), "429"));
        Assert.Equal("2000", retry.GetStructuredStateValue("DelayMilliseconds"));
        Assert.Equal("connector", retry.GetStructuredStateValue("Remote"));
    }

    [Fact]
    public async Task Connector500_IsNotSentTwice_IsLoggedOnceAfterOneAttempt_AndTheNextConversationIsAnswered()
    {
        var failing = NewConversation();
        var healthy = NewConversation();
        host.StandIns.Script(failing, new ScriptedResponse(500), new ScriptedResponse(502));
        var failingActivity = Load(failing);
        failingActivity["id"] = "failing-" + failing;

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(failingActivity, Token())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Load(healthy), Token())).StatusCode);

        var delivered = Assert.Single(await host.StandIns.WaitForPostsAsync(healthy, 1));
        Assert.Equal(200, delivered.AnsweredStatus);
        var dropped = await host.Logs.WaitForAsync(ReplyDropped, entry => Equals(entry.GetStructuredStateValue("ReplyToId"), "failing-" + failing));
        Assert.Equal("500", dropped.GetStructuredStateValue("StatusCode"));
        Assert.Equal("1", dropped.GetStructuredStateValue("Attempts"));
        Assert.Contains("after 1 attempt(s)", dropped.Message, StringComparison.Ordinal);
        // The connector may have acted on a POST that failed with 500: it is not sent again.
        Assert.Equal([500], host.StandIns.PostsTo(failing).Select(post => post.AnsweredStatus));
        Assert.Single(host.Logs.GetSnapshot(), entry => entry.Id.Id == ReplyDropped && Equals(entry.GetStructuredStateValue("ReplyToId"), "failing-" + failing));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), entry =>
            entry.Message.Contains(BotFrameworkStandIns.IssuedAccessToken, StringComparison.Ordinal)
            || entry.Message.Contains(TestIdentity.AppPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectorRefusingConnections_IsRetriedWithBackOff_LoggedOnceWithTheAttemptsMade_AndOtherConversationsAreAnswered()
    {
        var closed = ClosedLoopbackUrl();
        var unreachable = NewConversation();
        var healthy = NewConversation();
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, closed, unreachable);
        activity["id"] = "unreachable-" + unreachable;

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(closed))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Load(healthy), Token())).StatusCode);

        Assert.Single(await host.StandIns.WaitForPostsAsync(healthy, 1));
        await host.Clock.AdvanceUntilAsync(
            () => host.Logs.GetSnapshot().Any(entry => entry.Id.Id == ReplyDropped && Equals(entry.GetStructuredStateValue("ReplyToId"), "unreachable-" + unreachable)),
            Step,
            TimeSpan.FromSeconds(30));
        var dropped = Assert.Single(host.Logs.GetSnapshot(), entry => entry.Id.Id == ReplyDropped && Equals(entry.GetStructuredStateValue("ReplyToId"), "unreachable-" + unreachable));
        Assert.Equal("4", dropped.GetStructuredStateValue("Attempts"));
    }

    /// <summary>A loopback URL nothing listens on: connecting is refused at once.</summary>
    private static string ClosedLoopbackUrl()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    private System.Text.Json.Nodes.JsonObject Load(string conversation) =>
        TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
