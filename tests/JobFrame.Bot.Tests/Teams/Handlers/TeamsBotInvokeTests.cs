using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>Action.Execute (<c>adaptiveCard/action</c>): answered in the HTTP body with a card that keeps working.</summary>
public sealed class TeamsBotInvokeTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    private const string P4 = "DATASC.AIMACHIN97C0.P4";

    [Fact]
    public async Task AdaptiveCardAction_Level_Is200WithTheLevelCardDrawnWithExecuteActions()
    {
        var conversation = NewConversation();
        var invoke = Invoke(conversation, "level", new JsonObject { ["verb"] = "level", ["profileCode"] = P4 });

        var response = await host.PostActivityAsync(invoke, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.True(PostedCards.IsCardOf(card, host.Engine.Act(new ActionRequest(ActionVerb.Level, P4)), BotActionKind.Execute));
        Assert.Contains("Action.Execute", PostedCards.ActionTypes(card));
        Assert.DoesNotContain("Action.Submit", PostedCards.ActionTypes(card));
        Assert.Empty(host.StandIns.PostsTo(conversation));
    }

    [Fact]
    public async Task AdaptiveCardAction_VerbOnlyOnTheAction_IsReadFromTheAction()
    {
        var conversation = NewConversation();
        var invoke = Invoke(conversation, "goals", new JsonObject { ["profileCode"] = P4 });

        var response = await host.PostActivityAsync(invoke, Token());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(PostedCards.IsCardOf(
            body.RootElement.GetProperty("value"), host.Engine.Act(new ActionRequest(ActionVerb.Goals, P4)), BotActionKind.Execute));
    }

    [Theory]
    [InlineData("{\"action\": \"not an object\"}")]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\", \"verb\": 12}}")]
    [InlineData("\"no action at all\"")]
    public async Task AdaptiveCardAction_Malformed_Is200WithHelpSayingSo(string value)
    {
        var invoke = TeamsPayloads.Load(TeamsPayloads.AdaptiveCardActionInvoke, host.StandIns.ServiceUrl, NewConversation());
        invoke["value"] = JsonNode.Parse(value);

        var response = await host.PostActivityAsync(invoke, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Contains(
            JobFrame.Cards.AdaptiveCards.AdaptiveMarkdown.Escape(EngineNotices.UnknownAction),
            PostedCards.Texts(body.RootElement.GetProperty("value")));
    }

    [Fact]
    public async Task AdaptiveCardAction_ExportInAChannel_PostsThePreformattedExportAndLeavesThePressedCard()
    {
        var conversation = NewConversation();
        var invoke = Invoke(conversation, "export", new JsonObject { ["verb"] = "export", ["profileCode"] = P4, ["format"] = "csv" });
        invoke["conversation"]!["conversationType"] = ConversationTypes.Channel;

        var response = await host.PostActivityAsync(invoke, Token());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.RootElement.GetProperty("type").GetString());
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        var export = Assert.IsType<ExportAnswer>(host.Engine.Act(new ActionRequest(ActionVerb.Export, P4, Format: JobFrame.Engine.Exports.ExportFormat.Csv)));
        TeamsBotMessageTests.AssertPreformatted(post.Activity.TextFormat, post.Activity.Text, post.Activity.Attachments?.Count ?? 0, export);
    }

    [Fact]
    public async Task UnknownInvoke_Is200WithNoBody()
    {
        var invoke = Invoke(NewConversation(), "goals", new JsonObject { ["verb"] = "goals", ["profileCode"] = P4 });
        invoke["name"] = "signin/verifyState";

        var response = await host.PostActivityAsync(invoke, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private JsonObject Invoke(string conversation, string verb, JsonObject data)
    {
        var invoke = TeamsPayloads.Load(TeamsPayloads.AdaptiveCardActionInvoke, host.StandIns.ServiceUrl, conversation);
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
