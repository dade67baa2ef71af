namespace JobFrame.LoadTest;

/// <summary>
/// Both saturated runs of <c>--saturate both</c>, one after the other on the same host, and the ratio the
/// performance target is stated in: /api/messages answered per second over /healthz answered per second.
/// </summary>
internal sealed record SaturationReport(LoadReport Messages, LoadReport Health)
{
    public double MessagesToHealthRatio =>
        Health.Scenarios[^1].ThroughputPerSecond == 0 ? 0 : Messages.Scenarios[^1].ThroughputPerSecond / Health.Scenarios[^1].ThroughputPerSecond;
}
