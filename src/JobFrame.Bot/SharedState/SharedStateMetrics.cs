using System.Diagnostics.Metrics;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// The meter <c>jobframe.shared_state</c>: how often shared state was served from one instance's memory because Redis
/// could not be reached, and whether Redis is reachable now. An exporter that listens to <c>jobframe.*</c> sees both.
/// </summary>
internal sealed class SharedStateMetrics
{
    public const string MeterName = "jobframe.shared_state";

    /// <summary>The counter's name; its tag <c>operation</c> is one of the <see cref="SharedStateOperation"/> words.</summary>
    public const string FallbacksName = "jobframe.shared_state.fallbacks";

    public const string AvailableName = "jobframe.shared_state.redis.available";

    private readonly Counter<long> _fallbacks;

    public SharedStateMetrics(IMeterFactory meters, Func<bool> redisAvailable)
    {
        var meter = meters.Create(MeterName);
        _fallbacks = meter.CreateCounter<long>(
            FallbacksName,
            unit: "{operation}",
            description: "Operations served from this instance's memory because Redis was unreachable.");
        meter.CreateObservableGauge(
            AvailableName,
            () => redisAvailable() ? 1 : 0,
            unit: "1",
            description: "1 while Redis answers, 0 while this instance works from memory.");
    }

    public void Fallback(string operation) => _fallbacks.Add(1, new KeyValuePair<string, object?>("operation", operation));
}
