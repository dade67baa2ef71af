using JobFrame.Bot.Hosting;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Engine;

/// <summary>Registers the engine: the canon source (loaded at start, failing fast on a broken canon) and the engine over it.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddJobFrameEngine(this IServiceCollection services)
    {
        services.AddOptions<CanonOptions>().BindConfiguration(CanonOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CanonOptions>, CanonOptionsAnnotations>();
        services.AddSingleton<CanonHolder>();
        services.AddSingleton<ICanonSource>(sp => sp.GetRequiredService<CanonHolder>());
        services.AddOptions<UnresolvedLogOptions>().BindConfiguration(UnresolvedLogOptions.Section);
        services.AddSingleton<UnresolvedQueryFileLog>();
        services.AddHostedService(sp => sp.GetRequiredService<UnresolvedQueryFileLog>());
        services.AddSingleton(sp => new JobFrameEngine(
            sp.GetRequiredService<ICanonSource>(),
            sp.GetRequiredService<IOptions<UnresolvedLogOptions>>().Value.Enabled ? sp.GetRequiredService<UnresolvedQueryFileLog>() : null,
            sp.GetService<TimeProvider>()));
        services.AddHostedService<CanonReloadService>();
        return services;
    }
}
