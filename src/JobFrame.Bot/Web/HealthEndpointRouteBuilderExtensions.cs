using JobFrame.Bot.Engine;

namespace JobFrame.Bot.Web;

/// <summary>Maps the probes a container platform or load balancer asks.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    /// <summary>
    /// <c>GET /healthz</c>: 200 "ok" while the process serves requests. <c>GET /readyz</c>: 200 with the canon in
    /// service (name, version, fingerprint, profile count, load time) and, while the files on disk were refused, the refused
    /// reload (still ready: the last good canon serves); 503 while no canon is loaded.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivenessPath, () => Results.Text("ok")).ExcludeFromDescription();
        endpoints.MapGet(ReadinessPath, (CanonHolder canon, CanonReloadStatus reloads) => Readiness(canon, reloads)).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Readiness(CanonHolder canon, CanonReloadStatus reloads)
    {
        if (canon.Loaded is not { } snapshot)
        {
            return Results.Json(
                new ReadinessReport { Status = ReadinessReport.CanonNotLoaded },
                WebJsonContext.Default.ReadinessReport,
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var report = new ReadinessReport
        {
            Status = ReadinessReport.Ready,
            Canon = new CanonStatus
            {
                Name = snapshot.Name,
                Version = snapshot.Version,
                Fingerprint = snapshot.Fingerprint,
                ProfileCount = snapshot.Profiles.Count,
                LoadedAt = snapshot.LoadedAt,
            },
            RefusedReload = reloads.Refused is { } refused
                ? new RefusedReloadStatus { At = refused.At, ErrorCount = refused.ErrorCount, FirstError = refused.FirstError }
                : null,
        };
        return Results.Json(report, WebJsonContext.Default.ReadinessReport);
    }
}
