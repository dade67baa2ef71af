using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackBotEventTests
{
    [Fact]
    public async Task AppMention_IsAnsweredWithPostMessageInItsThreadWithBlocks()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Ask("goals for Senior ML Engineer"));

        await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal("Bearer " + SlackHost.BotToken, call.Authorization);
        Assert.Equal("C123ABC456", (string?)call.Json["channel"]);
        Assert.Equal("1515449522.000016", (string?)call.Json["thread_ts"]);
        Assert.False(string.IsNullOrEmpty((string?)call.Json["text"]));
        Assert.Contains(expected.Profile.Focus, SlackBotWire.Strings(call.Json["blocks"]));
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheConversationWithBlocks()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = Assert.IsType<LevelAnswer>(SlackBotWire.Engine(host).Ask("level Senior ML Engineer"));
        var direct = Fixtures.Json("message-im.json");
        direct["event"]!["text"] = "level Senior ML Engineer";

        await host.PostEventAsync(direct);
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal("D024BE91L", (string?)call.Json["channel"]);
        Assert.Null(call.Json["thread_ts"]);
        Assert.Contains(SlackBotWire.Strings(call.Json["blocks"]), s => s.Contains(expected.Level.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppMention_WithoutBotToken_PostsNothingAndSaysWhyInTheLog()
    {
        await using var host = await SlackBotWire.StartAsync(botToken: null);

        var response = await host.PostEventAsync(Fixtures.Json("app-mention.json"));
        var logged = await host.Logs.WaitForAsync(5141);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Slack:BotToken", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Senior ML Engineer", logged.Message, StringComparison.Ordinal);
        Assert.Empty(host.StandIn.Calls);
    }
}
