using JobFrame.Bot.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Slack.WebApi;

/// <summary>
/// One hung Web API call holds its own conversation's reply for one attempt timeout at most, and never the replies to
/// other conversations.
/// </summary>
public sealed class SlackReplyConcurrencyTests
{
    private const string PostMessage = "api/chat.postMessage";
    private const string HungChannel = "D024BE91L";
    private const string OtherChannel = "D0OTHER001";

    [Fact]
    public async Task HungPostMessageInOneConversation_DoesNotStallTheReplyToAnother_AndIsAbandonedAfterTheAttemptTimeout()
    {
        var time = new FakeTimeProvider(SlackHost.DefaultNow);
        await using var host = await SlackHost.StartAsync(recordingHandler: false, time: time);
        host.StandIn.HangFor(PostMessage, HungChannel);

        await host.PostEventAsync(Fixtures.Json("message-im.json"));
        Assert.Equal(HungChannel, (string?)(await host.StandIn.NextCallAsync()).Json["channel"]);
        await host.PostEventAsync(Event(OtherChannel, "Ev0IMDM000777"));
        var other = await host.StandIn.NextCallAsync();

        Assert.Equal(PostMessage, other.Path);
        Assert.Equal(OtherChannel, (string?)other.Json["channel"]);

        // The hung call is abandoned at the attempt timeout (10 s) and, as a POST Slack may have acted on, not sent again.
        var waited = await time.AdvanceUntilAsync(() => host.Logs.GetSnapshot().Any(e => e.Id.Id == 5130), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var failed = Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == 5130);
        Assert.Equal("timeout", failed.GetStructuredStateValue("Error"));
        Assert.Equal("1", failed.GetStructuredStateValue("Attempts"));
        Assert.InRange(waited, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12));
        Assert.Single(host.StandIn.CallsTo(PostMessage), call => (string?)call.Json["channel"] == HungChannel);
    }

    [Fact]
    public async Task RepliesInOneConversation_GoOutInTheOrderAsked()
    {
        await using var host = await SlackHost.StartAsync(recordingHandler: false);
        string[] questions = ["level P1", "level P2", "level P3", "level P4"];

        for (var index = 0; index < questions.Length; index++)
        {
            var message = Event(OtherChannel, "Ev0ORDER00" + index);
            message["event"]!["text"] = questions[index];
            await host.PostEventAsync(message);
        }

        var replies = new List<string>();
        for (var index = 0; index < questions.Length; index++)
        {
            replies.Add((await host.StandIn.NextCallAsync()).Text);
        }

        for (var index = 0; index < questions.Length; index++)
        {
            Assert.Contains("P" + (index + 1), replies[index], StringComparison.Ordinal);
        }
    }

    private static System.Text.Json.Nodes.JsonObject Event(string channel, string eventId)
    {
        var message = Fixtures.Json("message-im.json");
        message["event_id"] = eventId;
        message["event"]!["channel"] = channel;
        message["event"]!["ts"] = "1355517600." + eventId[^6..];
        return message;
    }
}
