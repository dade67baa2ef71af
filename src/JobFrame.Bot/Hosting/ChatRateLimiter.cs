using System.Threading.RateLimiting;
using JobFrame.Bot.Telemetry;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Hosting;

/// <summary>
/// Rate limits per user and per conversation, shared by the Teams and Slack faces (ASP.NET Core's token-bucket
/// limiters, partitioned by key). The HTTP-level limiter cannot do this: who is asking is only known once the
/// activity or payload has been read and authenticated. A refused turn is answered in chat terms by the face.
/// </summary>
public sealed class ChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perUser;
    private readonly PartitionedRateLimiter<string> _perConversation;
    private readonly BotMetrics? _metrics;

    public ChatRateLimiter(IOptions<ChatRateLimitOptions> options, BotMetrics? metrics = null)
    {
        _metrics = metrics;
        var limits = options.Value;
        _perUser = Create(limits.PerUserPerMinute);
        _perConversation = Create(limits.PerConversationPerMinute);
    }

    /// <summary>The sentence a refused person sees.</summary>
    public const string SlowDownNotice = "You're asking faster than I can answer well. Give me a minute, then ask again.";

    /// <summary>Takes one turn for this user in this conversation; false when either has used up its minute.</summary>
    public bool TryAcquire(string channel, string? userId, string? conversationId)
    {
        if (Acquire(channel, userId, conversationId))
        {
            return true;
        }

        _metrics?.ChatTurnRefused(channel);
        return false;
    }

    private bool Acquire(string channel, string? userId, string? conversationId)
    {
        using var user = _perUser.AttemptAcquire($"{channel}:{userId ?? "anonymous"}");
        if (!user.IsAcquired)
        {
            return false;
        }

        using var conversation = _perConversation.AttemptAcquire($"{channel}:{conversationId ?? "none"}");
        return conversation.IsAcquired;
    }

    public void Dispose()
    {
        _perUser.Dispose();
        _perConversation.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
