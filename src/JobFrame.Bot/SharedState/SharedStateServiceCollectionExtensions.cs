using JobFrame.Bot.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// Registers the state several instances must share: the Redis connection (when <c>ConnectionStrings:Redis</c> is set)
/// and the event claims built on it. Called by every face that needs it; registering twice changes nothing.
/// </summary>
public static class SharedStateServiceCollectionExtensions
{
    public static IServiceCollection AddSharedState(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(RedisStore)))
        {
            return services;
        }

        // Bound from the host's configuration when there is one, so a bare container (a face's own tests) still builds.
        services.AddOptions<RedisOptions>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    configuration.GetSection(RedisOptions.Section).Bind(options);
                    options.ConnectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsAnnotations>();
        services.AddMetrics();
        services.AddSingleton<RedisStore>();
        services.TryAddSingleton<EventClaims>();
        services.AddHostedService<SharedStateNotice>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [HealthTags.Ready]);
        return services;
    }
}
