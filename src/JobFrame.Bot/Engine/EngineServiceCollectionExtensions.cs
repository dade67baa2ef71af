using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;

namespace JobFrame.Bot.Engine;

/// <summary>Registers the engine: the canon source (loaded at start, failing fast on a broken canon) and the engine over it.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddJobFrameEngine(this IServiceCollection services)
    {
        services.AddOptions<CanonOptions>().BindConfiguration(CanonOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CanonHolder>();
        services.AddSingleton<ICanonSource>(sp => sp.GetRequiredService<CanonHolder>());
        services.AddSingleton<JobFrameEngine>();
        services.AddHostedService<CanonReloadService>();
        return services;
    }
}
