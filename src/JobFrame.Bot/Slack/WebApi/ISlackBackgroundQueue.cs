namespace JobFrame.Bot.Slack.WebApi;

/// <summary>
/// Runs Slack work after the HTTP acknowledgement has gone out, each item in its own service scope.
/// Bounded: when it is full, nothing is queued and the caller answers accordingly.
/// </summary>
public interface ISlackBackgroundQueue
{
    /// <summary>Queues <paramref name="work"/>; false when the queue is full.</summary>
    /// <param name="name">What the work is, for logs (never a payload or a secret).</param>
    /// <param name="work">The work, given the item's scoped services.</param>
    /// <param name="conversation">The channel or DM the work replies in: one conversation's work runs in order; null runs unordered.</param>
    bool TryEnqueue(string name, Func<IServiceProvider, CancellationToken, Task> work, string? conversation = null);
}
