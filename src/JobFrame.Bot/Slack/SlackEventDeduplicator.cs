using Microsoft.Extensions.Caching.Distributed;

namespace JobFrame.Bot.Slack;

/// <summary>
/// Remembers which event_ids were taken, in <see cref="IDistributedCache"/> so that several instances behind one
/// load balancer share the memory when a shared cache is configured.
/// </summary>
/// <remarks>
/// Slack retries an unacknowledged event three times within about five minutes; an hour covers them with room.
/// IDistributedCache has no atomic add, so two instances racing on the same retry could both answer: rare, and
/// a duplicate reply is the lesser harm compared with a lost one.
/// </remarks>
internal sealed class SlackEventDeduplicator(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Remember = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) };
    private static readonly byte[] Marker = [1];

    /// <summary>True the first time an event id is seen; false for every replay.</summary>
    public async Task<bool> TryClaimAsync(string eventId, CancellationToken ct)
    {
        var key = Key(eventId);
        if (await cache.GetAsync(key, ct) is not null)
        {
            return false;
        }

        await cache.SetAsync(key, Marker, Remember, ct);
        return true;
    }

    /// <summary>Forgets a claim whose work could not be queued, so Slack's retry is handled.</summary>
    public Task ReleaseAsync(string eventId, CancellationToken ct) => cache.RemoveAsync(Key(eventId), ct);

    private static string Key(string eventId) => "slack:event:" + eventId;
}
