using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Engine.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>The host with the bot's own handler over the bundled canon, wired to fresh stand-ins.</summary>
public sealed class TeamsBotHost : TeamsHost
{
    /// <summary>The engine the host answers with, for computing what a reply must contain.</summary>
    public JobFrameEngine Engine => Factory.Services.GetRequiredService<JobFrameEngine>();

    protected override bool UsesBotHandler => true;
}
