using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// Claims an id (a Slack event id, a Teams activity id) exactly once: with Redis, one atomic
/// <c>SET key 1 NX PX ttl</c> shared by every instance; without it, or while it is unreachable, within this instance.
/// </summary>
/// <remarks>
/// A read followed by a write is not enough across instances: two deliveries of one event that arrive together both
/// read "absent" and both answer. Set-if-absent lets exactly one of them win. Claims won through Redis are also
/// remembered here, so an instance that loses Redis still recognises the retries of what it answered.
/// </remarks>
public sealed class EventClaims : IDisposable
{
    /// <summary>The most claims one instance remembers on its own; far above any real event rate.</summary>
    public const int MemoryCapacity = 200_000;

    private readonly RedisStore _store;
    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = MemoryCapacity });
    private readonly Lock _memoryGate = new();

    public EventClaims(RedisStore store) => _store = store;

    /// <summary>
    /// True the first time <paramref name="key"/> is claimed within <paramref name="remember"/>; false for every later
    /// claim of it, on any instance sharing the Redis.
    /// </summary>
    public async ValueTask<bool> TryClaimAsync(string key, TimeSpan remember)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (_store.TryGetDatabase(SharedStateOperation.Dedup, out var redis))
        {
            try
            {
                var claimed = await redis.StringSetAsync(_store.KeyPrefix + key, 1, remember, When.NotExists);
                _store.ReportSuccess();
                if (claimed)
                {
                    ClaimInMemory(key, remember);
                }

                return claimed;
            }
            catch (Exception ex) when (RedisStore.IsFailure(ex))
            {
                _store.ReportFailure(SharedStateOperation.Dedup, ex);
            }
        }

        return ClaimInMemory(key, remember);
    }

    /// <summary>Forgets a claim whose work could not be done, so the sender's retry is handled.</summary>
    public async ValueTask ReleaseAsync(string key)
    {
        _memory.Remove(key);
        if (_store.TryGetDatabase(SharedStateOperation.Dedup, out var redis))
        {
            try
            {
                await redis.KeyDeleteAsync(_store.KeyPrefix + key);
                _store.ReportSuccess();
            }
            catch (Exception ex) when (RedisStore.IsFailure(ex))
            {
                _store.ReportFailure(SharedStateOperation.Dedup, ex);
            }
        }
    }

    public void Dispose() => _memory.Dispose();

    private bool ClaimInMemory(string key, TimeSpan remember)
    {
        lock (_memoryGate)
        {
            if (_memory.TryGetValue(key, out _))
            {
                return false;
            }

            _memory.Set(key, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = remember, Size = 1 });
            return true;
        }
    }
}
