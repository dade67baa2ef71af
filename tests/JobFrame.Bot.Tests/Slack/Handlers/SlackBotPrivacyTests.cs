using System.Net;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.Handlers;

/// <summary>
/// What follows a private answer (the ephemeral slash-command answer, or the lookup shortcut's answer in its modal)
/// stays with the person who asked: files go to their direct message with the bot, messages go ephemerally through the
/// response_url or to that direct message, and nothing reaches the channel until they press "Share in channel".
/// </summary>
public sealed class SlackBotPrivacyTests
{
    private const string Question = "goals Senior ML Engineer";
    private const string User = "U2147483697";

    [Theory]
    [InlineData("export.markdown", ".md")]
    [InlineData("export.csv", ".csv")]
    public async Task FileExport_FromThePrivateAnswer_GoesToTheUsersDirectMessageAndNeverTheChannel(string button, string extension)
    {
        await using var host = await SlackBotWire.StartAsync();
        var answer = await SlackBotWire.SlashAsync(host, Question);

        var response = await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, button));
        var calls = await CallsAsync(host, 5);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["api/conversations.open", "api/files.getUploadURLExternal", "upload/F0123456789", "api/files.completeUploadExternal", "response/T0001/1234567890"],
            calls.Select(c => c.Path));
        Assert.Equal(User, calls[0].Form("users"));
        Assert.EndsWith(extension, calls[1].Form("filename"), StringComparison.Ordinal);
        Assert.Equal(SlackApiStandIn.DirectMessageChannel, (string?)calls[3].Json["channel_id"]);
        Assert.Null(calls[3].Json["thread_ts"]);
        Assert.Equal("ephemeral", (string?)calls[4].Json["response_type"]);
        Assert.Contains("direct message", (string?)calls[4].Json["text"], StringComparison.Ordinal);
        AssertNothingReachedTheChannel(host);
    }

    [Fact]
    public async Task FileExport_FromAMessageInAThread_IsSharedInThatThreadAsBefore()
    {
        await using var host = await SlackBotWire.StartAsync();
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "export.csv"), ephemeral: false, threadTs: "1699999999.000100");
        var calls = await CallsAsync(host, 3);

        Assert.Equal("api/files.completeUploadExternal", calls[2].Path);
        Assert.Equal(SlackBotWire.Channel, (string?)calls[2].Json["channel_id"]);
        Assert.Equal("1699999999.000100", (string?)calls[2].Json["thread_ts"]);
        Assert.Empty(host.StandIn.CallsTo("api/conversations.open"));
    }

    [Fact]
    public async Task FillInSubmitted_FromThePrivateAnswer_ComesBackEphemerallyWithTheValuesAndNeverInTheChannel()
    {
        await using var host = await SlackBotWire.StartAsync();
        var (view, state) = await OpenAndFillAsync(host, ephemeral: true, "Priya: 40% of launches, see review notes");

        var response = await SlackBotWire.SubmitAsync(host, view, state);
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.Equal("ephemeral", (string?)call.Json["response_type"]);
        Assert.Contains("Priya: 40% of launches", string.Join('\n', SlackBotWire.Strings(call.Json["blocks"])), StringComparison.Ordinal);
        AssertNothingReachedTheChannel(host);
    }

    [Fact]
    public async Task FillInSubmitted_AfterTheResponseUrlExpired_GoesToTheDirectMessageNotTheChannel()
    {
        await using var host = await SlackBotWire.StartAsync();
        var (view, state) = await OpenAndFillAsync(host, ephemeral: true, "40% of launches");
        host.StandIn.ScriptNext("response/T0001/1234567890", new StandInReply(404, new JsonObject { ["error"] = "expired_url" }));

        await SlackBotWire.SubmitAsync(host, view, state);
        var calls = await CallsAsync(host, 3);

        Assert.Equal(["response/T0001/1234567890", "api/conversations.open", "api/chat.postMessage"], calls.Select(c => c.Path));
        Assert.Equal(SlackApiStandIn.DirectMessageChannel, (string?)calls[2].Json["channel"]);
        Assert.Contains("40% of launches", string.Join('\n', SlackBotWire.Strings(calls[2].Json["blocks"])), StringComparison.Ordinal);
        AssertNothingReachedTheChannel(host);
    }

    [Fact]
    public async Task FillInSubmitted_FromAChannelMessage_IsPostedInTheConversation()
    {
        await using var host = await SlackBotWire.StartAsync();
        var (view, state) = await OpenAndFillAsync(host, ephemeral: false, "40% of launches");

        await SlackBotWire.SubmitAsync(host, view, state);
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal(SlackBotWire.Channel, (string?)call.Json["channel"]);
    }

    [Fact]
    public async Task LookupShortcutsPrivateAnswer_ItsButtonsAnswerInTheDirectMessage()
    {
        await using var host = await SlackBotWire.StartAsync();
        var lookup = JsonNode.Parse(await (await SlackBotWire.SubmitLookupAsync(host, "level P3", null)).Content.ReadAsStringAsync())!["view"]!;
        var button = SlackBotWire.Buttons(lookup).First(b => !string.IsNullOrEmpty((string?)b["value"]));

        var response = await SlackBotWire.PressInModalAsync(host, button, lookup);
        var calls = await CallsAsync(host, 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["api/conversations.open", "api/chat.postMessage"], calls.Select(c => c.Path));
        Assert.Equal(SlackApiStandIn.DirectMessageChannel, (string?)calls[1].Json["channel"]);
        AssertNothingReachedTheChannel(host);
    }

    [Fact]
    public async Task LookupShortcutsPrivateAnswer_AnExportFromItGoesToTheDirectMessage()
    {
        await using var host = await SlackBotWire.StartAsync();
        var csv = SlackBotWire.Button(await SlackBotWire.SlashAsync(host, Question), "export.csv");

        await SlackBotWire.PressInModalAsync(host, csv);
        var calls = await CallsAsync(host, 4);

        Assert.Equal("api/conversations.open", calls[0].Path);
        Assert.Equal("api/files.completeUploadExternal", calls[3].Path);
        Assert.Equal(SlackApiStandIn.DirectMessageChannel, (string?)calls[3].Json["channel_id"]);
        AssertNothingReachedTheChannel(host);
    }

    private static void AssertNothingReachedTheChannel(SlackHost host)
    {
        Assert.DoesNotContain(host.StandIn.Calls, c => c.Path == "api/chat.postMessage" && (string?)c.Json["channel"] != SlackApiStandIn.DirectMessageChannel);
        Assert.DoesNotContain(host.StandIn.Calls, c => c.Path == "api/files.completeUploadExternal" && (string?)c.Json["channel_id"] != SlackApiStandIn.DirectMessageChannel);
        Assert.DoesNotContain(host.StandIn.Calls, c => c.Path.StartsWith("response/", StringComparison.Ordinal) && (string?)c.Json["response_type"] == "in_channel");
    }

    private static async Task<List<StandInCall>> CallsAsync(SlackHost host, int count)
    {
        var calls = new List<StandInCall>();
        for (var i = 0; i < count; i++)
        {
            calls.Add(await host.StandIn.NextCallAsync());
        }

        return calls;
    }

    /// <summary>Opens the SMART fill-in form from the answer's button and fills its first text input.</summary>
    private static async Task<(JsonObject View, JsonObject State)> OpenAndFillAsync(SlackHost host, bool ephemeral, string value)
    {
        var answer = await SlackBotWire.SlashAsync(host, Question);
        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "goals.fill.smart"), ephemeral: ephemeral);
        var view = (await host.StandIn.NextCallAsync()).Json["view"]!.AsObject();
        var text = (string)SlackBotWire.Blocks(view).First(b => (string?)b["type"] == "input" && (string?)b["element"]?["type"] == "plain_text_input")["block_id"]!;
        var state = new JsonObject
        {
            [text] = new JsonObject { [text] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } },
        };
        return (view, state);
    }
}
