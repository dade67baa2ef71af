using System.Globalization;
using System.Text;

namespace JobFrame.LoadTest;

/// <summary>A run's figures: what was asked for, and per scenario what happened.</summary>
internal sealed record LoadReport(
    string BaseUrl,
    double RatePerSecond,
    double HealthRatePerSecond,
    double DurationSeconds,
    double ElapsedSeconds,
    int MaxInFlight,
    IReadOnlyList<ScenarioResult> Scenarios)
{
    /// <summary>The plain-text table printed at the end of a run.</summary>
    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{BaseUrl}  rate {RatePerSecond:0.#}/s  healthz {HealthRatePerSecond:0.#}/s  duration {DurationSeconds:0.#} s  elapsed {ElapsedSeconds:0.0} s  max in flight {MaxInFlight}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"scenario",-14}{"sent",8}{"ok",8}{"req/s",9}{"p50 ms",9}{"p90 ms",9}{"p99 ms",9}{"max ms",9}{"errors",8}  (non-2xx / empty / exceptions / cancelled / skipped)");
        foreach (var row in Scenarios)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Scenario,-14}{row.Sent,8}{row.Ok,8}{row.ThroughputPerSecond,9:0.0}{row.P50Ms,9:0.0}{row.P90Ms,9:0.0}{row.P99Ms,9:0.0}{row.MaxMs,9:0.0}{row.Errors,8}  ({row.Non2xx} / {row.EmptyReplies} / {row.Exceptions} / {row.Cancelled} / {row.Skipped})");
        }

        return text.ToString();
    }
}
