namespace JobFrame.LoadTest;

/// <summary>One scenario's figures in the report. Latencies in milliseconds, from the scheduled send time.</summary>
internal sealed record ScenarioResult(
    string Scenario,
    int Sent,
    int Ok,
    double ThroughputPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    int Non2xx,
    int EmptyReplies,
    int Exceptions,
    int Cancelled,
    int Skipped)
{
    public int Errors => Non2xx + EmptyReplies + Exceptions + Cancelled + Skipped;
}
