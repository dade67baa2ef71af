using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Bot.Tests.Teams;
using JobFrame.Bot.Tests.Teams.Handlers;

namespace JobFrame.Bot.Tests.SharedState;

/// <summary>
/// The Bot Connector delivers an activity again when its POST timed out: a message answered through the Connector is
/// answered once; a turn whose answer travels in the HTTP response is answered every time it is asked.
/// </summary>
public sealed class TeamsRetryTests : IAsyncLifetime
{
    private readonly TeamsBotHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task MessageDeliveredTwice_IsAnsweredOnce_AndTheRetryAcknowledged()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var message = Message(conversation, "1763806530123");
        var next = Message(conversation, "1763806530999");

        using var first = await PostAsync(message);
        using var retry = await PostAsync(message);
        using var another = await PostAsync(next);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode, another.StatusCode));
        await _host.Logs.WaitForAsync(4050);
        // The retry was acknowledged before its response (4050) without queuing a reply: these two are all there will be.
        var posts = await _host.StandIns.WaitForPostsAsync(conversation, 2);
        Assert.Equal(["1763806530123", "1763806530999"], posts.Select(p => p.ReplyToId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExpectRepliesDeliveredTwice_IsAnsweredBothTimes()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var message = Message(conversation, "1763806530123");
        message["deliveryMode"] = "expectReplies";

        using var first = await PostAsync(message);
        using var retry = await PostAsync(message);

        foreach (var response in new[] { first, retry })
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Single(body["activities"]!.AsArray());
        }
    }

    private JsonObject Message(string conversation, string id)
    {
        var message = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, _host.StandIns.ServiceUrl, conversation);
        message["id"] = id;
        return message;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        _host.PostActivityAsync(activity, _host.StandIns.Tokens.Channel(_host.StandIns.ServiceUrl));
}
