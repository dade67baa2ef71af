using JobFrame.Bot.RateLimits;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackRateLimitTests
{
    [Fact]
    public async Task SlashCommand_PastTheMinutesAllowance_IsAskedToSlowDownInChatTerms()
    {
        await using var host = await SlackHost.StartAsync(
            settings: new Dictionary<string, string> { ["RateLimits:PerUserPerMinute"] = "2" }, recordingHandler: false);

        await SlackBotWire.SlashAsync(host, "level P3");
        await SlackBotWire.SlashAsync(host, "level P3");
        var third = await SlackBotWire.SlashAsync(host, "level P3");

        Assert.Equal("ephemeral", (string?)third["response_type"]);
        Assert.Equal(ChatRateLimiter.SlowDownNotice, (string?)third["text"]);
    }
}
