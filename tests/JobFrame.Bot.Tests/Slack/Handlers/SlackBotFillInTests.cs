using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Frames;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackBotFillInTests
{
    private const string Question = "goals Senior ML Engineer";

    [Fact]
    public async Task FillIn_OpensTheModalWithTheTriggerIdEveryInputLabelledWithinSlacksLimits()
    {
        await using var host = await SlackBotWire.StartAsync();
        var answer = await SlackBotWire.SlashAsync(host, Question);

        var response = await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "goals.fill.smart"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("api/views.open", call.Path);
        Assert.Equal(SlackBotWire.TriggerId, (string?)call.Json["trigger_id"]);
        var view = call.Json["view"]!;
        Assert.Equal("modal", (string?)view["type"]);
        BlockKitSizes.AssertWithinModalLimits(view);
        var inputs = SlackBotWire.Blocks(view).Where(b => (string?)b["type"] == "input").ToList();
        Assert.NotEmpty(inputs);
        Assert.All(inputs, i => Assert.False(string.IsNullOrWhiteSpace((string?)i["label"]?["text"])));
        var metadata = JsonNode.Parse((string)view["private_metadata"]!)!;
        Assert.Equal(SlackBotWire.Channel, (string?)metadata["channel"]);
        Assert.Equal("smart", (string?)metadata["frame"]);
    }

    [Fact]
    public async Task FillIn_TheLargestFormInTheCanon_OpensWithinSlacksModalLimits()
    {
        await using var host = await SlackBotWire.StartAsync();
        var engine = SlackBotWire.Engine(host);
        var largest = engine.Canon.Profiles
            .Select(p => Assert.IsType<GoalsAnswer>(engine.Act(new ActionRequest(ActionVerb.Goals, p.Code))))
            .SelectMany(g => g.Frames.Frames.Select(f => (Goals: g, f.Kind)))
            .MaxBy(x => BlockKitRenderer.FillInModal(x.Goals, x.Kind, "{}").Blocks.Count(b => b is InputBlock));
        var fill = new CardActionData { Verb = CardVerbs.Fill, ProfileCode = largest.Goals.Profile.Code, Frame = largest.Kind.Key() };

        await SlackBotWire.PressAsync(host, new JsonObject { ["action_id"] = "goals.fill", ["value"] = ButtonValues.Write(fill) });

        var view = Assert.Single(host.StandIn.Calls, c => c.Path == "api/views.open").Json["view"]!;
        BlockKitSizes.AssertWithinModalLimits(view);
        Assert.All(
            SlackBotWire.Blocks(view).Where(b => (string?)b["type"] == "input"),
            i => Assert.False(string.IsNullOrWhiteSpace((string?)i["label"]?["text"])));
    }

    [Fact]
    public async Task FillIn_WithoutBotToken_SaysPlainlyThatTheTokenIsNotConfigured()
    {
        await using var host = await SlackBotWire.StartAsync(botToken: null);
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "goals.fill.smart"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.Equal("ephemeral", (string?)call.Json["response_type"]);
        Assert.Contains("bot token", (string?)call.Json["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_WithAMalformedDateOrAnOverlongValue_AnswersErrorsKeyedByBlockId()
    {
        await using var host = await SlackBotWire.StartAsync();
        var view = await OpenModalAsync(host);
        var date = Input(view, "datepicker");
        var text = Input(view, "plain_text_input");
        var state = new JsonObject
        {
            [date] = new JsonObject { [date] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = "31/03/2026" } },
            [text] = new JsonObject { [text] = new JsonObject { ["type"] = "plain_text_input", ["value"] = new string('x', 201) } },
        };

        var response = await SlackBotWire.SubmitAsync(host, view, state);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.Equal("Use a date like 2026-03-31.", (string?)body["errors"]?[date]);
        Assert.Equal("Keep this to 200 characters or fewer (it has 201).", (string?)body["errors"]?[text]);
        Assert.Single(host.StandIn.Calls);
    }

    [Fact]
    public async Task Submission_WithValidValues_ClosesTheModalAndPostsTheFilledInExportToTheConversation()
    {
        await using var host = await SlackBotWire.StartAsync();
        var view = await OpenModalAsync(host, ephemeral: false);
        var date = Input(view, "datepicker");
        var text = Input(view, "plain_text_input");
        var state = new JsonObject
        {
            [date] = new JsonObject { [date] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = "2026-03-31" } },
            [text] = new JsonObject { [text] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "<!here> 40% of launches" } },
        };

        var response = await SlackBotWire.SubmitAsync(host, view, state);
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal(SlackBotWire.Channel, (string?)call.Json["channel"]);
        var code = string.Join("\n", SlackBotWire.Strings(call.Json["blocks"]).Where(s => s.StartsWith("```", StringComparison.Ordinal)));
        Assert.Contains("2026-03-31", code, StringComparison.Ordinal);
        Assert.Contains("&lt;!here&gt; 40% of launches", code, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_WhoseMetadataIsNotTheBots_KeepsTheModalOpenWithAnApologyAndPostsNothing()
    {
        await using var host = await SlackBotWire.StartAsync();
        var view = await OpenModalAsync(host);
        view["private_metadata"] = "C2147483705";

        var response = await SlackBotWire.SubmitAsync(host, view, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("update", (string?)body["response_action"]);
        Assert.StartsWith("Sorry", (string?)body["view"]?["blocks"]?[0]?["text"]?["text"], StringComparison.Ordinal);
        Assert.Single(host.StandIn.Calls);
    }

    private static async Task<JsonObject> OpenModalAsync(SlackHost host, bool ephemeral = true)
    {
        var answer = await SlackBotWire.SlashAsync(host, Question);
        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "goals.fill.smart"), ephemeral: ephemeral);
        var open = await host.StandIn.NextCallAsync();
        return open.Json["view"]!.AsObject();
    }

    /// <summary>The block_id of the first input of this element type; the bot keys each input by its fill pair key in both ids.</summary>
    private static string Input(JsonObject view, string elementType)
    {
        var block = SlackBotWire.Blocks(view).First(b => (string?)b["type"] == "input" && (string?)b["element"]?["type"] == elementType);
        Assert.Equal((string?)block["block_id"], (string?)block["element"]?["action_id"]);
        return (string)block["block_id"]!;
    }
}
