using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JobFrame.Bot.Telemetry;

/// <summary>Registers the bot's metrics and traces with OpenTelemetry, exported over OTLP when the standard variables ask for it.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string DefaultServiceName = "jobframe-bot";

    private static readonly string[] ExporterEndpointSettings =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    /// <summary>
    /// The <c>jobframe.bot</c> meter and activity source, ASP.NET Core and HttpClient instrumentation, and the OTLP exporter
    /// configured by the standard <c>OTEL_*</c> variables (endpoint, protocol, headers, export interval, resource
    /// attributes), from the environment or any other configuration source. Without an OTLP endpoint nothing is exported.
    /// </summary>
    public static IServiceCollection AddJobFrameTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<QuestionTelemetry>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(DefaultServiceName);
                }
            })
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetryNames.Source)
                // Probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetryNames.Source)
                // Microsoft.Extensions.Resilience's retries, timeouts and circuit changes (resilience.polly.strategy.events).
                .AddMeter("Polly")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (ExporterEndpointSettings.Any(setting => !string.IsNullOrWhiteSpace(configuration[setting])))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(Web.HealthEndpointRouteBuilderExtensions.LivenessPath)
        || path.StartsWithSegments(Web.HealthEndpointRouteBuilderExtensions.ReadinessPath);
}
