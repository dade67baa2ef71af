using System.Text.Json.Nodes;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

/// <summary>
/// Messages as Slack really sends them: people's messages with a subtype, text with its three entities and emoji
/// shortcodes. The answer must be the one the plain question gets.
/// </summary>
public sealed class SlackBotPayloadTests
{
    private const int EventIgnored = 5111;

    [Fact]
    public async Task DirectMessageWithAFile_IsAPersonsQuestionAndAnswered()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Ask("goals for Senior ML Engineer"));

        await host.PostEventAsync(Fixtures.Json("message-im-file-share.json"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal("D024BE91L", (string?)call.Json["channel"]);
        Assert.Contains(expected.Profile.Focus, SlackBotWire.Strings(call.Json["blocks"]));
    }

    [Fact]
    public async Task ThreadReplyAlsoSentToTheConversation_IsAnsweredInItsThread()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = Assert.IsType<LevelAnswer>(SlackBotWire.Engine(host).Ask("level Senior ML Engineer"));

        await host.PostEventAsync(Fixtures.Json("message-im-thread-broadcast.json"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal("D024BE91L", (string?)call.Json["channel"]);
        Assert.Equal("1700000000.000300", (string?)call.Json["thread_ts"]);
        Assert.Contains(SlackBotWire.Strings(call.Json["blocks"]), s => s.Contains(expected.Level.DisplayName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("subtype", "message_deleted")]
    [InlineData("subtype", "message_changed")]
    [InlineData("subtype", "bot_message")]
    [InlineData("user", "U0LAN0Z89")]
    [InlineData("bot_id", "B0123456")]
    public async Task EditsDeletionsAndBotMessages_AreAcknowledgedAndNotAnswered(string field, string value)
    {
        await using var host = await SlackHost.StartAsync(
            recordingHandler: false, settings: new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Debug" });
        var ignored = Fixtures.Json("message-im-file-share.json");
        ignored["event"]![field] = value;
        if (field != "subtype")
        {
            // A file shared by the bot itself, which must not start a conversation with itself.
            ignored["event"]!["subtype"] = "file_share";
        }

        var response = await host.PostEventAsync(ignored);

        // Triage happens before the acknowledgement: once the 200 is here, the event was either queued or ignored.
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Logs.GetSnapshot(), e => e.Id.Id == EventIgnored && e.Message.Contains("Ev0FILESHARE1", StringComparison.Ordinal));
        Assert.Empty(host.StandIn.Calls);
    }

    [Theory]
    [InlineData("goals for Senior ML Engineer :pray:")]
    [InlineData(":wave: goals for Senior ML Engineer :+1::skin-tone-2:")]
    [InlineData("goals for Senior ML Engineer :raised_hands::skin-tone-5: :tada:")]
    public async Task EmojiShortcodes_DoNotChangeTheAnswer(string text)
    {
        await using var host = await SlackBotWire.StartAsync();
        var plain = await MentionAnswerAsync(host, "Ev0PLAIN00001", "goals for Senior ML Engineer");

        var decorated = await MentionAnswerAsync(host, "Ev0EMOJI00001", text);

        Assert.True(JsonNode.DeepEquals(plain["blocks"], decorated["blocks"]), "the emoji changed the answer");
        Assert.Equal((string?)plain["text"], (string?)decorated["text"]);
    }

    [Fact]
    public async Task EntitiesInTheText_AreDecodedOnceBeforeParsing()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = SlackBotWire.Engine(host).Ask("goals for R&D Engineer");

        var answer = await MentionAnswerAsync(host, "Ev0ENTITIES01", "goals for R&amp;D Engineer &lt;EMEA&gt;");

        var strings = SlackBotWire.Strings(answer["blocks"]).Concat([(string?)answer["text"] ?? ""]).ToList();
        Assert.DoesNotContain(strings, s => s.Contains("&amp;amp;", StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains("R&amp;D Engineer &lt;EMEA&gt;", StringComparison.Ordinal));
        Assert.Equal(expected.GetType(), SlackBotWire.Engine(host).Ask("goals for R&D Engineer <EMEA>").GetType());
    }

    [Fact]
    public async Task SlashCommandWithEmoji_GetsThePlainQuestionsAnswer()
    {
        await using var host = await SlackBotWire.StartAsync();
        var plain = await SlackBotWire.SlashAsync(host, "goals for Senior ML Engineer");

        var decorated = await SlackBotWire.SlashAsync(host, "goals for Senior ML Engineer :pray::skin-tone-3:");

        Assert.True(JsonNode.DeepEquals(plain["blocks"], decorated["blocks"]), "the emoji changed the answer");
    }

    private static async Task<JsonObject> MentionAnswerAsync(SlackHost host, string eventId, string text)
    {
        var mention = Fixtures.Json("app-mention.json");
        mention["event_id"] = eventId;
        mention["event"]!["text"] = "<@U0LAN0Z89> " + text;
        await host.PostEventAsync(mention);
        var call = await host.StandIn.NextCallAsync();
        Assert.Equal("api/chat.postMessage", call.Path);
        return call.Json;
    }
}
