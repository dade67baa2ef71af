using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>"Find a level" from any chat's compose box: composeExtension/query and selectItem, answered in the HTTP body.</summary>
public sealed class MessageExtensionTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    [Fact]
    public async Task Query_ConfidentTitle_IsOneResult_PreviewAndLevelCardWithExecuteButtons()
    {
        var result = await QueryAsync("Senior ML Engineer");

        Assert.Equal("result", result.GetProperty("type").GetString());
        Assert.Equal("list", result.GetProperty("attachmentLayout").GetString());
        var attachment = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        var preview = attachment.GetProperty("preview");
        Assert.Equal("application/vnd.microsoft.card.thumbnail", preview.GetProperty("contentType").GetString());
        Assert.Equal("AI / Machine Learning Engineering — P4", preview.GetProperty("content").GetProperty("title").GetString());
        Assert.Equal("DATASC.AIMACHIN97C0.P4 — Senior Professional", preview.GetProperty("content").GetProperty("subtitle").GetString());
        Assert.Equal("Data Science & Analytics · AI / Machine Learning Engineering", preview.GetProperty("content").GetProperty("text").GetString());

        var card = attachment.GetProperty("content");
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.True(PostedCards.IsCardOf(
            card, host.Engine.Respond(new ChatCommand(CommandIntent.Level, "Senior ML Engineer")), BotActionKind.Execute));
        Assert.Contains("Action.Execute", PostedCards.ActionTypes(card));
        Assert.DoesNotContain("Action.Submit", PostedCards.ActionTypes(card));
        Assert.Contains(PostedCards.ActionData(card), data => data.GetProperty("verb").GetString() == "goals");
    }

    [Fact]
    public async Task Query_TitleNamingALevelButNoCoveredRole_IsTheUniversalLevelCard()
    {
        var expected = host.Engine.Respond(new ChatCommand(CommandIntent.Level, "Senior Product Manager"));

        var result = await QueryAsync("Senior Product Manager");

        var attachment = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        Assert.Equal("P4 — Senior Professional", attachment.GetProperty("preview").GetProperty("content").GetProperty("title").GetString());
        Assert.True(PostedCards.IsCardOf(attachment.GetProperty("content"), expected, BotActionKind.Execute));
        var text = attachment.GetProperty("content").GetRawText();
        Assert.Contains("Universal level", text, StringComparison.Ordinal);
        Assert.Contains("No role in the canon matched", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PostedCards.ActionData(attachment.GetProperty("content")), data => data.GetProperty("verb").GetString() == "goals");
    }

    [Fact]
    public async Task Query_TitleWithoutLevel_ListsEveryCandidate()
    {
        var result = await QueryAsync("ML Engineer");

        Assert.Equal(
            ["AIMLAM.GEN.P3", "DATASC.AIMACHIN97C0.P2", "DATASC.AIMACHIN97C0.P4"],
            Subtitles(result).Select(s => s.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Query_NoMatch_IsAPlainMessageSayingWhatTheCanonCovers()
    {
        var result = await QueryAsync("Pastry Chef");

        Assert.Equal("message", result.GetProperty("type").GetString());
        var text = result.GetProperty("text").GetString()!;
        Assert.StartsWith("No confident match for 'Pastry Chef' in the canon.", text, StringComparison.Ordinal);
        Assert.Contains("AI / Machine Learning Engineering: P2, P4", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("true")]
    public async Task Query_WithoutText_ListsWhatTheCanonCovers(string? text)
    {
        var result = await QueryAsync(text);

        Assert.Equal(3, result.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task Query_SkipAndCount_PageTheResults()
    {
        var all = Subtitles(await QueryAsync(null));

        var page = Subtitles(await QueryAsync(null, skip: 1, count: 1));

        Assert.Equal([all[1]], page);
    }

    [Fact]
    public async Task SelectItem_ReturnsThatProfilesCard()
    {
        var invoke = TeamsPayloads.Load(TeamsPayloads.ComposeExtensionSelectItem, host.StandIns.ServiceUrl, NewConversation());

        var result = await PostAsync(invoke);

        var attachment = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        Assert.True(PostedCards.IsCardOf(
            attachment.GetProperty("content"), host.Engine.Act(new ActionRequest(ActionVerb.Level, "AIMLAM.GEN.P3")), BotActionKind.Execute));
    }

    [Fact]
    public async Task InsertedCardsGoalsButton_IsAnsweredByTheBot_InAChatItWasNeverAddedTo()
    {
        var card = Assert.Single((await QueryAsync("Senior ML Engineer")).GetProperty("attachments").EnumerateArray()).GetProperty("content");
        var goals = PostedCards.ActionData(card).First(data => data.GetProperty("verb").GetString() == "goals");
        var invoke = TeamsPayloads.Load(TeamsPayloads.AdaptiveCardActionInvoke, host.StandIns.ServiceUrl, "19:group-chat-" + Guid.NewGuid().ToString("N"));
        invoke["conversation"]!["conversationType"] = "groupChat";
        invoke["value"]!["action"]!["verb"] = "goals";
        invoke["value"]!["action"]!["data"] = JsonNode.Parse(goals.GetRawText());

        var response = await host.PostActivityAsync(invoke, Token());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(PostedCards.IsCardOf(
            body.RootElement.GetProperty("value"), host.Engine.Act(new ActionRequest(ActionVerb.Goals, "DATASC.AIMACHIN97C0.P4")), BotActionKind.Execute));
    }

    private async Task<JsonElement> QueryAsync(string? title, int? skip = null, int? count = null)
    {
        var invoke = TeamsPayloads.Load(TeamsPayloads.ComposeExtensionQuery, host.StandIns.ServiceUrl, NewConversation());
        var value = invoke["value"]!;
        value["parameters"]![0]!["value"] = title;
        if (skip is not null)
        {
            value["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count };
        }

        return await PostAsync(invoke);
    }

    private async Task<JsonElement> PostAsync(JsonObject invoke)
    {
        var response = await host.PostActivityAsync(invoke, Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("composeExtension").Clone();
    }

    private static List<string> Subtitles(JsonElement result) =>
        [.. result.GetProperty("attachments").EnumerateArray()
            .Select(a => a.GetProperty("preview").GetProperty("content").GetProperty("subtitle").GetString()!)];

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
