using JobFrame.Bot.Slack;
using JobFrame.Bot.Slack.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Slack.Bot;

public sealed class SlackBotContainerTests
{
    [Fact]
    public async Task Host_AnswersSlackWithTheBotsHandler()
    {
        await using var host = await SlackBotWire.StartAsync();
        using var scope = host.Services.CreateScope();

        Assert.IsType<JobFrameSlackHandler>(scope.ServiceProvider.GetRequiredService<ISlackHandler>());
    }
}
