namespace JobFrame.Bot.Http;

/// <summary>
/// How many times a request really went out, counted by <see cref="OutboundAttemptHandler"/> under the resilience pipeline,
/// so that a log line says "after 1 attempt" when one was made, not the configured maximum.
/// </summary>
internal sealed class AttemptCounter
{
    public static readonly HttpRequestOptionsKey<AttemptCounter> Key = new("JobFrame.AttemptCounter");

    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);

    /// <summary>Attaches a fresh counter to <paramref name="request"/>.</summary>
    public static AttemptCounter AttachTo(HttpRequestMessage request)
    {
        var counter = new AttemptCounter();
        request.Options.Set(Key, counter);
        return counter;
    }
}
