using System.Net;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.Hosting;

public sealed class SlackEventsEndpointTests
{
    [Fact]
    public async Task PostEvent_UrlVerification_AnswersTheChallenge()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostEventAsync(Fixtures.Json("url-verification.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)answer["challenge"]);
    }

    [Fact]
    public async Task PostEvent_AppMention_RepliesWithChatPostMessageInTheSameChannelAndThread()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        await host.Journal.NextHandledEventAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal("Bearer " + SlackHost.BotToken, call.Authorization);
        Assert.Equal("application/json", call.ContentType?.Split(';')[0]);
        Assert.Equal("C123ABC456", (string?)call.Json["channel"]);
        Assert.Equal("1515449522.000016", (string?)call.Json["thread_ts"]);
        Assert.Equal("Answer to: &lt;@U0LAN0Z89&gt; goals for Senior ML Engineer", (string?)call.Json["text"]);
    }

    [Fact]
    public async Task PostEvent_TopLevelDirectMessage_RepliesInTheConversationWithoutAThread()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostEventAsync(Fixtures.Json("message-im.json"));
        await host.Journal.NextHandledEventAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("D024BE91L", (string?)call.Json["channel"]);
        Assert.False(call.Json.ContainsKey("thread_ts"));
        Assert.Equal("Answer to: level Staff Data Scientist", (string?)call.Json["text"]);
    }

    [Fact]
    public async Task PostEvent_DirectMessageInAThread_RepliesInThatThread()
    {
        await using var host = await SlackHost.StartAsync();
        var message = Fixtures.Json("message-im.json");
        message["event"]!["thread_ts"] = "1355517000.000001";

        await host.PostEventAsync(message);
        await host.Journal.NextHandledEventAsync();

        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("D024BE91L", (string?)call.Json["channel"]);
        Assert.Equal("1355517000.000001", (string?)call.Json["thread_ts"]);
    }

    [Fact]
    public async Task PostEvent_ReplayedEventId_IsAnsweredOnce()
    {
        await using var host = await SlackHost.StartAsync();
        var mention = Fixtures.Json("app-mention.json");
        KeyValuePair<string, string>[] retryHeaders = [new("X-Slack-Retry-Num", "1"), new("X-Slack-Retry-Reason", "http_timeout")];

        var first = await host.PostEventAsync(mention);
        var replay = await host.PostEventAsync(mention, retryHeaders);
        var other = await host.PostEventAsync(Fixtures.Json("message-im.json"));
        await host.Journal.NextHandledEventAsync();
        await host.Journal.NextHandledEventAsync();

        Assert.All([first, replay, other], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["C123ABC456", "D024BE91L"], host.Journal.MessageEvents.Select(e => e.Channel));
        Assert.Equal(2, host.StandIn.CallsTo("api/chat.postMessage").Count);
    }

    public static TheoryData<string, string, string?> MessagesTheBotNeverAnswers() => new()
    {
        { "its own bot_id", "bot_id", "B0123456" },
        { "its own user", "user", "U0LAN0Z89" },
        { "an edit", "subtype", "message_changed" },
        { "a deletion", "subtype", "message_deleted" },
        { "a join", "subtype", "channel_join" },
        { "a bot message", "subtype", "bot_message" },
        { "a channel message without a mention", "channel_type", "channel" },
    };

    [Theory]
    [MemberData(nameof(MessagesTheBotNeverAnswers))]
    public async Task PostEvent_MessageTheBotMustIgnore_IsAcknowledgedAndNotAnswered(string what, string field, string? value)
    {
        await using var host = await SlackHost.StartAsync();
        var ignored = Fixtures.Json("message-im.json");
        ignored["event_id"] = "Ev0IGNORED01";
        ignored["event"]![field] = value;

        var response = await host.PostEventAsync(ignored);
        // The worker runs in order: once this mention is handled, the ignored message would have been handled before it.
        await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        await host.Journal.NextHandledEventAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handled = Assert.Single(host.Journal.MessageEvents);
        Assert.True(handled.Channel == "C123ABC456", "answered " + what);
        Assert.Single(host.StandIn.Calls);
    }

    [Fact]
    public async Task PostEvent_NotJson_Is400AndNothingIsProcessed()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostSignedAsync("/slack/events", "{\"type\": \"event_callback\", ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Journal.MessageEvents);
    }
}
