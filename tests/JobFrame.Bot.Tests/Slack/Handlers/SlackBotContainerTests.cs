using JobFrame.Bot.Slack.Handlers;
using JobFrame.Bot.Slack.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Slack.Handlers;

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
