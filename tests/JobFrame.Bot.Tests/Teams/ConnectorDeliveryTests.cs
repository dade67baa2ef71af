using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams;

/// <summary>Replies reach the connector despite throttling, and one failing conversation does not hold up the others.</summary>
public sealed class ConnectorDeliveryTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    private const int ConnectorRetrying = 4004;
    private const int ReplyDropped = 4005;

    [Fact]
    public async Task Connector429WithRetryAfter_IsRetriedAfterTheGivenDelayThenDelivered()
    {
        var conversation = NewConversation();
        host.StandIns.Script(conversation, new ScriptedResponse(429, RetryAfter: "1"));

        var response = await host.PostActivityAsync(Load(conversation), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await host.StandIns.WaitForPostsAsync(conversation, 2);
        Assert.Equal([429, 200], posts.Select(post => post.AnsweredStatus));
        Assert.All(posts, post => Assert.Equal("echo: goals for Senior ML Engineer", post.Activity.Text));
        var retry = await host.Logs.WaitForAsync(ConnectorRetrying, entry => Equals(entry.Values["StatusCode"], 429));
        Assert.Equal(1000d, retry.Values["DelayMilliseconds"]);
    }

    [Fact]
    public async Task Connector500sBeyondTheRetryBound_AreLoggedOnceAndDropped_AndTheNextConversationIsAnswered()
    {
        var failing = NewConversation();
        var healthy = NewConversation();
        host.StandIns.Script(failing, new ScriptedResponse(500), new ScriptedResponse(502), new ScriptedResponse(503), new ScriptedResponse(500));
        var failingActivity = Load(failing);
        failingActivity["id"] = "failing-" + failing;

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(failingActivity, Token())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Load(healthy), Token())).StatusCode);

        var delivered = Assert.Single(await host.StandIns.WaitForPostsAsync(healthy, 1));
        Assert.Equal(200, delivered.AnsweredStatus);
        var dropped = await host.Logs.WaitForAsync(ReplyDropped, entry => Equals(entry.Values["ReplyToId"], "failing-" + failing));
        Assert.Equal(503, dropped.Values["StatusCode"]);
        Assert.Equal([500, 502, 503], host.StandIns.PostsTo(failing).Select(post => post.AnsweredStatus));
        Assert.Single(host.Logs.Entries, entry => entry.EventId.Id == ReplyDropped && Equals(entry.Values["ReplyToId"], "failing-" + failing));
        Assert.DoesNotContain(host.Logs.Entries, entry =>
            entry.Message.Contains(BotFrameworkStandIns.IssuedAccessToken, StringComparison.Ordinal)
            || entry.Message.Contains(TestIdentity.AppPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectorRefusingConnections_IsRetriedWithinBoundsLoggedOnce_AndOtherConversationsAreAnswered()
    {
        var closed = ClosedLoopbackUrl();
        var unreachable = NewConversation();
        var healthy = NewConversation();
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, closed, unreachable);
        activity["id"] = "unreachable-" + unreachable;

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(closed))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Load(healthy), Token())).StatusCode);

        Assert.Single(await host.StandIns.WaitForPostsAsync(healthy, 1));
        await host.Logs.WaitForAsync(ReplyDropped, entry => Equals(entry.Values["ReplyToId"], "unreachable-" + unreachable));
        Assert.Single(host.Logs.Entries, entry => entry.EventId.Id == ReplyDropped && Equals(entry.Values["ReplyToId"], "unreachable-" + unreachable));
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
