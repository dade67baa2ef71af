using JobFrame.Bot.Canon;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobFrame.Bot.Web;

/// <summary>Readiness: healthy once a canon is in service, with its <see cref="CanonStatus"/> as data; unhealthy before.</summary>
internal sealed class CanonHealthCheck(CanonHolder canon) : IHealthCheck
{
    public const string Name = "canon";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (canon.Loaded is not { } snapshot)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(ReadinessReport.CanonNotLoaded));
        }

        var status = new CanonStatus
        {
            Name = snapshot.Name,
            Version = snapshot.Version,
            Fingerprint = snapshot.Fingerprint,
            ProfileCount = snapshot.Profiles.Count,
            LoadedAt = snapshot.LoadedAt,
        };
        return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object> { [Name] = status }));
    }
}
