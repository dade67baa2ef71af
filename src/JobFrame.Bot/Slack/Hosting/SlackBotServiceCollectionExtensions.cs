using JobFrame.Bot.Slack.Handlers;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>Connects the engine's answers to Slack.</summary>
public static class SlackBotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot's Slack handler over <c>JobFrameEngine</c>. Call after <c>AddJobFrameEngine()</c> and
    /// <c>AddSlack()</c>: it replaces the protocol layer's "not connected" stand-in.
    /// </summary>
    public static IServiceCollection AddSlackBot(this IServiceCollection services)
    {
        services.AddScoped<ISlackHandler, JobFrameSlackHandler>();
        return services;
    }
}
