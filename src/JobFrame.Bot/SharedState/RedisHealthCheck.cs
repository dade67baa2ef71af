using JobFrame.Bot.Web;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// Readiness: Redis reachable (healthy, with the PING round trip) or not (degraded: the bot still answers, with
/// de-duplication and rate limits per instance, so the instance stays in rotation). Reports nothing when Redis is not
/// configured.
/// </summary>
internal sealed class RedisHealthCheck(RedisStore store) : IHealthCheck
{
    public const string Name = "redis";

    /// <summary>A PING that takes longer than this counts as unreachable; probes are asked every few seconds.</summary>
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsConfigured)
        {
            return HealthCheckResult.Healthy("Redis is not configured: shared state is in memory");
        }

        try
        {
            var latency = await store.PingAsync().WaitAsync(PingTimeout, cancellationToken);
            var reachable = new RedisStatus { Status = RedisStatus.Reachable, LatencyMs = Math.Round(latency!.Value.TotalMilliseconds, 3) };
            return HealthCheckResult.Healthy(data: new Dictionary<string, object> { [Name] = reachable });
        }
        catch (Exception ex) when (RedisStore.IsFailure(ex))
        {
            var unreachable = new RedisStatus { Status = RedisStatus.Unreachable, Problem = ex.GetType().Name };
            return HealthCheckResult.Degraded(
                "Redis is unreachable: de-duplication and rate limits are per instance", data: new Dictionary<string, object> { [Name] = unreachable });
        }
    }
}
