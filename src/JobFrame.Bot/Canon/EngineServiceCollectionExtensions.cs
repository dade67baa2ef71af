using JobFrame.Bot.SharedState;
using JobFrame.Bot.Web;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Canon;

/// <summary>Registers the engine: the canon source (loaded at start, failing fast on a broken canon) and the engine over it.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddJobFrameEngine(this IServiceCollection services)
    {
        services.AddOptions<CanonOptions>().BindConfiguration(CanonOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CanonOptions>, CanonOptionsAnnotations>();
        services.AddSingleton<CanonHolder>();
        services.AddSingleton<CanonReloadStatus>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICanonSource>(sp => sp.GetRequiredService<CanonHolder>());
        services.AddOptions<UnresolvedLogOptions>().BindConfiguration(UnresolvedLogOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UnresolvedLogOptions>, UnresolvedLogOptionsAnnotations>();
        services.AddSingleton<UnresolvedQueryFileLog>();
        services.AddHostedService(sp => sp.GetRequiredService<UnresolvedQueryFileLog>());
        services.AddSharedState();
        services.AddSingleton<UnresolvedQueryStreamLog>();
        services.AddHostedService(sp => sp.GetRequiredService<UnresolvedQueryStreamLog>());
        services.AddSingleton(sp => new JobFrameEngine(
            sp.GetRequiredService<ICanonSource>(),
            UnresolvedLogs(sp),
            sp.GetService<TimeProvider>()));
        services.AddHostedService<CanonReloadService>();
        services.AddHealthChecks().AddCheck<CanonHealthCheck>(CanonHealthCheck.Name, tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>The file when <c>UnresolvedLog:Path</c> is set, the Redis stream when Redis is configured, both, or none.</summary>
    private static IUnresolvedQueryLog? UnresolvedLogs(IServiceProvider services)
    {
        List<IUnresolvedQueryLog> logs = [];
        if (services.GetRequiredService<IOptions<UnresolvedLogOptions>>().Value.Enabled)
        {
            logs.Add(services.GetRequiredService<UnresolvedQueryFileLog>());
        }

        if (services.GetRequiredService<RedisStore>().IsConfigured)
        {
            logs.Add(services.GetRequiredService<UnresolvedQueryStreamLog>());
        }

        return logs.Count switch
        {
            0 => null,
            1 => logs[0],
            _ => new UnresolvedQueryLogs(logs),
        };
    }
}
