using JobFrame.Bot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>Registers Slack's Socket Mode: the bot connects out to Slack when <c>Slack:AppToken</c> is set.</summary>
public static class SlackSocketModeServiceCollectionExtensions
{
    /// <summary>Adds Socket Mode over the Slack face registered by <c>AddSlack</c>; it stays idle without an app token.</summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackSocketModeOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .Validate(
                o => !o.IsEnabled || o.AppToken!.StartsWith(SlackSocketModeOptions.AppTokenPrefix, StringComparison.Ordinal),
                "Slack:AppToken must be an app-level token (xapp-…, Basic Information → App-Level Tokens), not a bot token or signing secret.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackSocketModeOptions>, SlackSocketModeOptionsAnnotations>();
        services.AddHttpClient(SocketModeConnector.HttpClientName);
        services.AddSingleton<SocketModeConnector>();
        services.AddSingleton<SocketModeDispatcher>();
        services.AddHostedService<SlackSocketModeService>();
        return services;
    }
}
