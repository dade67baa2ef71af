using JobFrame.Bot.Canon;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobFrame.Bot.Web;

/// <summary>Maps the probes a container platform or load balancer asks, on ASP.NET Core's health checks.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    /// <summary>
    /// <c>GET /healthz</c>: 200 "ok" while the process serves requests (no check runs). <c>GET /readyz</c>: every check
    /// tagged <see cref="HealthTags.Ready"/>; 200 with the canon in service (name, version, fingerprint, profile count,
    /// load time), while the files on disk were refused the refused reload (still ready: the last good canon serves),
    /// and, when configured, Redis (reachable with its latency, or unreachable: still 200, the bot answers from memory);
    /// 503 while no canon is loaded.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteLivenessAsync })
            .ExcludeFromDescription();
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(HealthTags.Ready), ResponseWriter = WriteReadinessAsync })
            .ExcludeFromDescription();
        return endpoints;
    }

    private static Task WriteLivenessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("ok", context.RequestAborted);
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var canon = Data<CanonStatus>(report, CanonHealthCheck.Name);
        var refused = context.RequestServices.GetService<CanonReloadStatus>()?.Refused;
        var readiness = new ReadinessReport
        {
            Status = canon is null ? ReadinessReport.CanonNotLoaded : ReadinessReport.Ready,
            Canon = canon,
            RefusedReload = canon is not null && refused is not null
                ? new RefusedReloadStatus { At = refused.At, ErrorCount = refused.ErrorCount, FirstError = refused.FirstError }
                : null,
            Redis = Data<RedisStatus>(report, SharedState.RedisHealthCheck.Name),
        };
        return context.Response.WriteAsJsonAsync(readiness, WebJsonContext.Default.ReadinessReport, cancellationToken: context.RequestAborted);
    }

    private static T? Data<T>(HealthReport report, string check)
        where T : class =>
        report.Entries.TryGetValue(check, out var entry) && entry.Data.TryGetValue(check, out var data) ? data as T : null;
}
