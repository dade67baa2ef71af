using JobFrame.Bot.Hosting;
using JobFrame.Bot.Teams.Authentication;
using JobFrame.Bot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Registers the Teams (Bot Framework Connector) protocol layer.</summary>
public static class TeamsServiceCollectionExtensions
{
    // Long enough for a slow connector, short enough that a worker is not held hostage by a dead one.
    private static readonly TimeSpan OutboundTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Options (validated at start), authentication, the connector client and its outbound queue, and a silent
    /// <see cref="ITeamsActivityHandler"/> that the bot's own handler replaces.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        // The identity settings sit at the top level, where Azure Bot Service and its tooling put them.
        services.AddOptions<BotAppOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAppOptions>, BotAppOptionsValidator>();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsAnnotations>();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();

        services.AddHttpClient(BotSigningKeys.HttpClientName, client => client.Timeout = OutboundTimeout);
        services.AddHttpClient(BotTokenProvider.HttpClientName, client => client.Timeout = OutboundTimeout);
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = OutboundTimeout);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<BotSigningKeys>();
        services.AddSingleton<ActivityAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<OutboundReplyQueue>();
        services.AddHostedService<OutboundReplySender>();
        services.AddHostedService<DevelopmentModeNotice>();
        services.AddSingleton<TenantPolicy>();
        services.AddSingleton<ActivityRequestHandler>();
        services.TryAddSingleton<ITeamsActivityHandler, SilentActivityHandler>();
        return services;
    }
}
