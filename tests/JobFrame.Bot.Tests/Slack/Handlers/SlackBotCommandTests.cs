using System.Text.Json.Nodes;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackBotCommandTests
{
    [Fact]
    public async Task SlashCommand_GoalsSeniorMlEngineer_AnswersEphemerallyWithTheP4RowsAndAShareButton()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Ask("goals Senior ML Engineer"));

        var message = await SlackBotWire.SlashAsync(host, "goals Senior ML Engineer");

        Assert.Equal("P4", expected.Profile.Level.Code);
        Assert.Equal("ephemeral", (string?)message["response_type"]);
        var strings = SlackBotWire.Strings(message["blocks"]);
        Assert.Contains(expected.Profile.Focus, strings);
        foreach (var row in expected.Frames.Frames[0].Rows)
        {
            Assert.Contains(strings, s => s.Contains(Mrkdwn.Escape(row.CanonText), StringComparison.Ordinal));
        }

        var share = SlackBotWire.Button(message, "share");
        Assert.Equal("Share in channel", (string?)share["text"]?["text"]);
        Assert.Empty(host.StandIn.Calls);
    }

    [Theory]
    [InlineData("I need OKRs for a senior ML engineer", nameof(GoalsAnswer))]
    [InlineData("What's the difference between P3 and P4?", nameof(CompareAnswer))]
    [InlineData("What does P3 mean?", nameof(LevelAnswer))]
    [InlineData("What does an Experienced AI/ML Engineer do?", nameof(RoleAnswer))]
    [InlineData("How does this work?", nameof(HelpAnswer))]
    public async Task ANaturalPhrasingOfEachIntent_IsAnsweredWithThatIntentsMessage(string question, string answerKind)
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = SlackBotWire.Engine(host).Ask(question);

        var message = await SlackBotWire.SlashAsync(host, question);

        Assert.Equal(answerKind, expected.GetType().Name);
        var rendered = JsonNode.Parse(BlockKitSerializer.Serialize(JobFrame.Cards.Rendering.BlockKitRenderer.Render(expected)))!;
        var shown = SlackBotWire.Strings(message["blocks"]);
        Assert.All(SlackBotWire.Strings(rendered["blocks"]), text => Assert.Contains(text, shown));
    }

    [Fact]
    public async Task Share_RepostsTheSameAnswerInChannelThroughTheResponseUrl()
    {
        await using var host = await SlackBotWire.StartAsync();
        var answer = await SlackBotWire.SlashAsync(host, "goals Senior ML Engineer");

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "share"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.Equal("in_channel", (string?)call.Json["response_type"]);
        Assert.Equal((string?)answer["text"], (string?)call.Json["text"]);
        Assert.Equal(ContentBlocks(answer), ContentBlocks(call.Json));
        Assert.DoesNotContain(SlackBotWire.Buttons(call.Json), b => (string?)b["action_id"] == "share");
    }

    [Fact]
    public async Task SlashCommand_EmptyText_AnswersWithHelp()
    {
        await using var host = await SlackBotWire.StartAsync();

        var message = await SlackBotWire.SlashAsync(host, "   ");

        Assert.Equal("ephemeral", (string?)message["response_type"]);
        Assert.Contains(SlackBotWire.Buttons(message), b => ((string?)b["action_id"])?.StartsWith("ask.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SlashCommand_WithoutBotToken_StillAnswers()
    {
        await using var host = await SlackBotWire.StartAsync(botToken: null);

        var message = await SlackBotWire.SlashAsync(host, "goals Senior ML Engineer");

        Assert.Equal("ephemeral", (string?)message["response_type"]);
        Assert.NotEmpty(SlackBotWire.Blocks(message));
    }

    [Fact]
    public async Task ChannelPing_TypedInAQuestion_IsEscapedInEveryEcho()
    {
        await using var host = await SlackBotWire.StartAsync();
        // Typed as text, as Slack sends it: a real @channel ping (<!channel>) is markup and not part of any question.
        const string Question = "&lt;!channel&gt; goals for Senior ML Engineer";

        var answer = await SlackBotWire.SlashAsync(host, Question);
        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "share"));
        var shared = await host.StandIn.NextCallAsync();
        var mention = Fixtures.Json("app-mention.json");
        mention["event"]!["text"] = "<@U0LAN0Z89> " + Question;
        await host.PostEventAsync(mention);
        var reply = await host.StandIn.NextCallAsync();

        foreach (var echo in new JsonNode[] { answer, shared.Json, reply.Json })
        {
            var strings = SlackBotWire.Strings(echo).Where(s => !s.StartsWith('{')).ToList();
            Assert.DoesNotContain(strings, s => s.Contains("<!channel>", StringComparison.Ordinal));
            Assert.Contains(strings, s => s.Contains("&lt;!channel&gt;", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> ContentBlocks(JsonNode message) =>
        SlackBotWire.Blocks(message).Where(b => (string?)b["type"] != "actions").Select(b => b.ToJsonString());
}
