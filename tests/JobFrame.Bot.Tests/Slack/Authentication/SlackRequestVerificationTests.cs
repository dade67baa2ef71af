using System.Net;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.Authentication;

/// <summary>Every route refuses a request that Slack did not sign, now, with this app's secret, for exactly this body.</summary>
public sealed class SlackRequestVerificationTests
{
    public enum Tampering
    {
        NoSignature,
        NoTimestamp,
        WrongSecret,
        StaleTimestamp,
        FutureTimestamp,
        BodyChangedAfterSigning,
        MalformedSignature,
    }

    public static TheoryData<string, Tampering> RoutesAndTamperings()
    {
        var data = new TheoryData<string, Tampering>();
        foreach (var route in new[] { "/slack/commands", "/slack/events", "/slack/interactions" })
        {
            foreach (var tampering in Enum.GetValues<Tampering>())
            {
                data.Add(route, tampering);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoutesAndTamperings))]
    public async Task Post_TamperedRequest_Is401AndNothingIsProcessed(string route, Tampering tampering)
    {
        await using var host = await SlackHost.StartAsync();
        var (body, mediaType) = ValidBodyFor(route, host);
        var now = host.Clock.GetUtcNow().ToUnixTimeSeconds();
        var timestamp = host.UnixSeconds;
        var signature = SlackHost.Sign(timestamp, body);
        var sentBody = body;
        switch (tampering)
        {
            case Tampering.NoSignature:
                signature = null;
                break;
            case Tampering.NoTimestamp:
                timestamp = null;
                break;
            case Tampering.WrongSecret:
                signature = SlackHost.Sign(timestamp, body, "0123456789abcdef0123456789abcdef");
                break;
            case Tampering.StaleTimestamp:
                timestamp = (now - 301).ToString(System.Globalization.CultureInfo.InvariantCulture);
                signature = SlackHost.Sign(timestamp, body);
                break;
            case Tampering.FutureTimestamp:
                timestamp = (now + 301).ToString(System.Globalization.CultureInfo.InvariantCulture);
                signature = SlackHost.Sign(timestamp, body);
                break;
            case Tampering.BodyChangedAfterSigning:
                sentBody = body.Replace("Senior", "Junior", StringComparison.Ordinal).Replace("share_in_channel", "open_fill_in", StringComparison.Ordinal);
                Assert.NotEqual(body, sentBody);
                break;
            case Tampering.MalformedSignature:
                signature = "v0=" + new string('g', 64);
                break;
        }

        var refused = await host.PostAsync(route, sentBody, mediaType, timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await AssertOnlyTheNextValidEventIsProcessedAsync(host);
    }

    [Fact]
    public async Task Post_SlackWorkedExampleAtItsOwnTime_IsAccepted()
    {
        await using var host = await SlackHost.StartAsync(now: DateTimeOffset.FromUnixTimeSeconds(1531420618));

        var response = await host.PostAsync(
            "/slack/commands",
            Fixtures.Text("worked-example-body.txt"),
            "application/x-www-form-urlencoded",
            "1531420618",
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var command = Assert.Single(host.Journal.Commands);
        Assert.Equal("/webhook-collect", command.Command);
        Assert.Equal("roadrunner", command.UserName);
    }

    [Fact]
    public async Task Post_BodyLargerThanTheLimit_Is413AndNothingIsProcessed()
    {
        await using var host = await SlackHost.StartAsync();
        var body = Fixtures.Text("slash-command.txt") + "&padding=" + new string('x', 256 * 1024);

        var response = await host.PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Journal.Commands);
    }

    private static (string Body, string MediaType) ValidBodyFor(string route, SlackHost host)
    {
        const string Form = "application/x-www-form-urlencoded";
        switch (route)
        {
            case "/slack/commands":
                return (Fixtures.Text("slash-command.txt"), Form);
            case "/slack/events":
                var mention = Fixtures.Json("app-mention.json");
                mention["event"]!["text"] = "<@U0LAN0Z89> goals for Senior ML Engineer";
                return (mention.ToJsonString(), "application/json");
            default:
                var actions = Fixtures.Json("block-actions.json");
                actions["response_url"] = host.StandIn.ResponseUrl.ToString();
                return (SlackHost.InteractionForm(actions), Form);
        }
    }

    /// <summary>
    /// Posts one valid event and waits until it is handled: the single worker runs in order, so anything the refused
    /// request had queued would have been handled first and shown up here.
    /// </summary>
    private static async Task AssertOnlyTheNextValidEventIsProcessedAsync(SlackHost host)
    {
        var accepted = await host.PostEventAsync(Fixtures.Json("message-im.json"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await host.Journal.NextHandledEventAsync();

        Assert.Empty(host.Journal.Commands);
        Assert.Empty(host.Journal.Interactions);
        var handled = Assert.Single(host.Journal.MessageEvents);
        Assert.Equal("D024BE91L", handled.Channel);
        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("api/chat.postMessage", call.Path);
    }
}
