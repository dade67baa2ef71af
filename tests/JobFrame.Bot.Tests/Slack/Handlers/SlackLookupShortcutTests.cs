using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;

namespace JobFrame.Bot.Tests.Slack.Handlers;

/// <summary>The "Look up a level" global shortcut: a modal to type a title and pick a conversation, from anywhere in Slack.</summary>
public sealed class SlackLookupShortcutTests
{
    private const string Conversation = "C0LOOKUP01";

    [Fact]
    public async Task Shortcut_OpensTheLookupModalWithATitleInputAndAConversationPicker()
    {
        await using var host = await SlackBotWire.StartAsync();

        var response = await host.PostInteractionAsync(Shortcut());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("api/views.open", call.Path);
        Assert.Equal(SlackBotWire.TriggerId, (string?)call.Json["trigger_id"]);
        var view = call.Json["view"]!;
        Assert.Equal("lookup", (string?)view["callback_id"]);
        var inputs = SlackBotWire.Blocks(view).ToList();
        Assert.Equal(["plain_text_input", "conversations_select"], inputs.Select(b => (string?)b["element"]!["type"]));
        Assert.True((bool?)inputs[1]["element"]!["default_to_current_conversation"]);
        Assert.True((bool?)inputs[1]["optional"]);
        BlockKitSizes.AssertWithinModalLimits(view);
    }

    [Fact]
    public async Task Submit_ConfidentTitleWithAConversation_PostsTheLevelCardThereAndSaysSo()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = SlackBotWire.Engine(host).Respond(new ChatCommand(CommandIntent.Level, "Senior ML Engineer"));

        var response = await SlackBotWire.SubmitLookupAsync(host, "Senior ML Engineer", Conversation);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("update", (string?)body["response_action"]);
        Assert.Contains($"<#{Conversation}>", SlackBotWire.Strings(body["view"]).First(s => s.StartsWith("Posted", StringComparison.Ordinal)), StringComparison.Ordinal);
        var post = await host.StandIn.NextCallAsync();
        Assert.Equal("api/chat.postMessage", post.Path);
        Assert.Equal(Conversation, (string?)post.Json["channel"]);
        Assert.Contains(((LevelAnswer)expected).Level.Bars[0].Text, string.Join('\n', SlackBotWire.Strings(post.Json["blocks"])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_TitleNamingALevelButNoCoveredRole_PostsTheUniversalLevelAlone()
    {
        await using var host = await SlackBotWire.StartAsync();

        await SlackBotWire.SubmitLookupAsync(host, "Senior Product Manager", Conversation);

        var post = await host.StandIn.NextCallAsync();
        Assert.Equal("api/chat.postMessage", post.Path);
        var strings = string.Join('\n', SlackBotWire.Strings(post.Json["blocks"]));
        Assert.Contains("P4 — Senior Professional", strings, StringComparison.Ordinal);
        Assert.Contains("Universal level", strings, StringComparison.Ordinal);
        Assert.Contains("No role in the canon matched 'Senior Product Manager'", strings, StringComparison.Ordinal);
        Assert.DoesNotContain("Goal templates", strings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ConfidentTitleWithoutAConversation_ShowsTheAnswerInTheModal()
    {
        await using var host = await SlackBotWire.StartAsync();

        var response = await SlackBotWire.SubmitLookupAsync(host, "level P3", null);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("update", (string?)body["response_action"]);
        Assert.Contains("Features or a sub-system end-to-end", string.Join('\n', SlackBotWire.Strings(body["view"])), StringComparison.Ordinal);
        Assert.Empty(host.StandIn.CallsTo("api/chat.postMessage"));
    }

    [Fact]
    public async Task Submit_TitleWithoutLevel_ShowsTheCandidates_AndAPickPostsItsCard()
    {
        await using var host = await SlackBotWire.StartAsync();

        var response = await SlackBotWire.SubmitLookupAsync(host, "ML Engineer", Conversation);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("update", (string?)body["response_action"]);
        var view = body["view"]!;
        Assert.Equal("lookup.choose", (string?)view["callback_id"]);
        Assert.Equal(Conversation, (string?)view["private_metadata"]);
        var candidates = SlackBotWire.Buttons(view).ToList();
        Assert.Equal(3, candidates.Count);

        await SlackBotWire.PressInModalAsync(host, candidates[0], view);

        var calls = new[] { await host.StandIn.NextCallAsync(), await host.StandIn.NextCallAsync() };
        Assert.Contains(calls, c => c.Path == "api/chat.postMessage" && (string?)c.Json["channel"] == Conversation);
        Assert.Contains(calls, c => c.Path == "api/views.update" && (string?)c.Json["view_id"] == "V0LOOKUP01");
    }

    [Fact]
    public async Task Submit_EmptyTitle_IsAnErrorOnTheTitleField()
    {
        await using var host = await SlackBotWire.StartAsync();

        var response = await SlackBotWire.SubmitLookupAsync(host, "  ", Conversation);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["errors"]!["title"]));
    }

    [Fact]
    public async Task Submit_NoMatch_SaysSoPlainlyInTheModal_AndEscapesTheTitle()
    {
        await using var host = await SlackBotWire.StartAsync();

        var response = await SlackBotWire.SubmitLookupAsync(host, "<!channel> Pastry Chef", Conversation);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var strings = string.Join('\n', SlackBotWire.Strings(body["view"]));
        Assert.Contains("No confident match", strings, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", strings, StringComparison.Ordinal);
        Assert.Empty(host.StandIn.CallsTo("api/chat.postMessage"));
    }

    private static JsonObject Shortcut() => new()
    {
        ["type"] = "shortcut",
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
        ["action_ts"] = "1700000020.123456",
        ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "example" },
        ["user"] = new JsonObject { ["id"] = "U2147483697", ["username"] = "steve", ["team_id"] = "T0001" },
        ["callback_id"] = "lookup_level",
        ["trigger_id"] = SlackBotWire.TriggerId,
    };
}
