using JobFrame.Bot.Http;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Teams.Authentication;
using JobFrame.Bot.Teams.Connector;
using JobFrame.Bot.Teams.Handlers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Registers the Teams (Bot Framework Connector) protocol layer, and the bot's answers over it.</summary>
public static class TeamsServiceCollectionExtensions
{
    // Long enough for a slow connector, short enough that a worker is not held hostage by a dead one.
    private static readonly TimeSpan OutboundTimeout = TimeSpan.FromSeconds(30);

    // An upload session takes a few kilobytes; a stalled one should not hold the invoke for long.
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Options (validated at start), authentication, the connector client and its outbound queue, and a silent
    /// <see cref="ITeamsActivityHandler"/> that the bot's own handler replaces.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        // The identity settings sit at the top level, where Azure Bot Service and its tooling put them.
        // The Agents SDK-shaped credential section may name the app and tenant instead.
        services.AddOptions<ServiceConnectionSettings>().Bind(configuration.GetSection(ServiceConnectionSettings.SectionName));
        services.AddOptions<BotAppOptions>().Bind(configuration)
            .PostConfigure<IOptions<ServiceConnectionSettings>>((app, connection) =>
            {
                app.MicrosoftAppId = string.IsNullOrWhiteSpace(app.MicrosoftAppId) ? connection.Value.ClientId : app.MicrosoftAppId;
                app.MicrosoftAppTenantId = string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId) ? connection.Value.TenantId : app.MicrosoftAppTenantId;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAppOptions>, BotAppOptionsValidator>();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsAnnotations>();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();

        services.AddHttpClient(BotSigningKeys.HttpClientName, client => client.Timeout = OutboundTimeout);
        services.AddHttpClient(BotTokenProvider.HttpClientName, client => client.Timeout = OutboundTimeout);
        // The outbound policy's own attempt and total timeouts bound each call; HttpClient's would cut across them.
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddOutboundResilience("connector");
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<TeamsAccess>();
        services.AddSingleton<BotSigningKeys>();
        services.AddSingleton<ActivityAuthenticator>();
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<OutboundReplyQueue>();
        services.AddHostedService<OutboundReplySender>();
        services.AddHostedService<DevelopmentModeNotice>();
        services.AddSingleton<TenantPolicy>();
        services.AddSharedState();
        services.AddSingleton<TeamsActivityDeduplicator>();
        services.AddSingleton<TeamsFailurePolicy>();
        services.AddSingleton<ActivityRequestHandler>();
        services.TryAddSingleton<ITeamsActivityHandler, SilentActivityHandler>();
        return services;
    }

    /// <summary>
    /// Replaces the silent handler with <c>JobFrameTeamsHandler</c> (engine answers as cards, exports as files).
    /// Call after <see cref="AddTeams"/> and <c>AddJobFrameEngine</c>.
    /// </summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddHttpClient(ExportFileUploader.HttpClientName, client => client.Timeout = UploadTimeout);
        services.AddSingleton<ExportFileUploader>();
        services.AddSingleton<InvokeFollowUps>();
        services.AddSingleton<ExportDelivery>();
        services.AddSingleton<MessageExtensionSearch>();
        services.Replace(ServiceDescriptor.Singleton<ITeamsActivityHandler, JobFrameTeamsHandler>());
        return services;
    }
}
