namespace JobFrame.LoadTest;

/// <summary>What happened to one scenario's requests: latencies of the answered ones, and each kind of error.</summary>
internal sealed class ScenarioRecorder(string name)
{
    private readonly Lock _gate = new();
    private readonly List<double> _latenciesMs = [];
    private int _sent;
    private int _skipped;
    private int _non2xx;
    private int _emptyReplies;
    private int _exceptions;
    private int _cancelled;

    public string Name => name;

    public void Sent() => Interlocked.Increment(ref _sent);

    /// <summary>Not sent: the in-flight bound was reached (the host is not keeping up).</summary>
    public void Skipped() => Interlocked.Increment(ref _skipped);

    public void Answered(double latencyMs)
    {
        lock (_gate)
        {
            _latenciesMs.Add(latencyMs);
        }
    }

    public void Non2xx() => Interlocked.Increment(ref _non2xx);

    /// <summary>A 2xx to an expectReplies message whose body held no reply.</summary>
    public void EmptyReplies() => Interlocked.Increment(ref _emptyReplies);

    public void Exception() => Interlocked.Increment(ref _exceptions);

    /// <summary>Still unanswered at the hard stop.</summary>
    public void Cancelled() => Interlocked.Increment(ref _cancelled);

    public ScenarioResult Result(TimeSpan sendWindow)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _latenciesMs.Order()];
        }

        return new ScenarioResult(
            name,
            _sent,
            sorted.Length,
            sorted.Length / sendWindow.TotalSeconds,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.90),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : sorted[^1],
            _non2xx,
            _emptyReplies,
            _exceptions,
            _cancelled,
            _skipped);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
