using System.Threading.RateLimiting;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Telemetry;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.RateLimits;

/// <summary>
/// Rate limits per user and per conversation, shared by the Teams and Slack faces. With <c>ConnectionStrings:Redis</c>
/// set, the buckets live in Redis and every instance draws from the same ones (<see cref="RedisTokenBuckets"/>);
/// without it, or while Redis is unreachable, each instance keeps its own (ASP.NET Core's token-bucket limiters,
/// partitioned by key). The HTTP-level limiter cannot do this: who is asking is only known once the activity or
/// payload has been read and authenticated. A refused turn is answered in chat terms by the face.
/// </summary>
public sealed class ChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perUser;
    private readonly PartitionedRateLimiter<string> _perConversation;
    private readonly ChatRateLimitOptions _limits;
    private readonly RedisStore? _store;
    private readonly BotMetrics? _metrics;

    public ChatRateLimiter(IOptions<ChatRateLimitOptions> options, RedisStore? store = null, BotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _metrics = metrics;
        _limits = options.Value;
        _store = store is { IsConfigured: true } ? store : null;
        _perUser = Create(_limits.PerUserPerMinute);
        _perConversation = Create(_limits.PerConversationPerMinute);
    }

    /// <summary>The sentence a refused person sees.</summary>
    public const string SlowDownNotice = "You're asking faster than I can answer well. Give me a minute, then ask again.";

    /// <summary>Takes one turn for this user in this conversation; false when either has used up its minute.</summary>
    public async ValueTask<bool> TryAcquireAsync(string channel, string? userId, string? conversationId)
    {
        if (await AcquireAsync(channel, userId, conversationId))
        {
            return true;
        }

        _metrics?.ChatTurnRefused(channel);
        return false;
    }

    private async ValueTask<bool> AcquireAsync(string channel, string? userId, string? conversationId)
    {
        var user = $"{channel}:{userId ?? "anonymous"}";
        var conversation = $"{channel}:{conversationId ?? "none"}";
        if (_store is not null && _store.TryGetDatabase(SharedStateOperation.RateLimit, out var redis))
        {
            try
            {
                var allowed = await RedisTokenBuckets.TryTakeAsync(
                    redis, _store.KeyPrefix, user, conversation, _limits.PerUserPerMinute, _limits.PerConversationPerMinute);
                _store.ReportSuccess();
                return allowed;
            }
            catch (Exception ex) when (RedisStore.IsFailure(ex))
            {
                _store.ReportFailure(SharedStateOperation.RateLimit, ex);
            }
        }

        return TryAcquireInMemory(user, conversation);
    }

    public void Dispose()
    {
        _perUser.Dispose();
        _perConversation.Dispose();
    }

    private bool TryAcquireInMemory(string user, string conversation)
    {
        using var userLease = _perUser.AttemptAcquire(user);
        if (!userLease.IsAcquired)
        {
            return false;
        }

        using var conversationLease = _perConversation.AttemptAcquire(conversation);
        return conversationLease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = RedisTokenBuckets.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
