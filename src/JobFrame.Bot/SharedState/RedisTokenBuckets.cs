using StackExchange.Redis;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// The per-user and per-conversation token buckets of <see cref="RateLimits.ChatRateLimiter"/> kept in Redis, checked and
/// taken from in one atomic script: one round trip a turn, and the same arithmetic as the in-memory limiters
/// (System.Threading.RateLimiting's auto-replenishing token bucket: up to the limit at once, refilled continuously at the
/// limit per minute), on Redis's clock so instances with skewed clocks agree.
/// </summary>
/// <remarks>
/// Each bucket is a hash {tokens, at}: the tokens left (fractional) when last taken from, and Redis's time then in
/// milliseconds. An empty bucket is full again after one period, so a bucket simply expires one period after it was
/// last taken from. A refused turn changes nothing. Both keys carry the hash tag <c>{ratelimit}</c> so the script also
/// runs on a clustered Redis. As in memory, a turn the user may take but the conversation may not still uses the
/// user's token.
/// </remarks>
internal static class RedisTokenBuckets
{
    public const string Script = """
        local period = tonumber(ARGV[3])
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

        local function level(key, limit)
          local state = redis.call('HMGET', key, 'tokens', 'at')
          local tokens, at = tonumber(state[1]), tonumber(state[2])
          if tokens == nil or at == nil then
            return limit
          end
          return math.min(limit, tokens + math.max(0, now - at) * limit / period)
        end

        local function take(key, tokens)
          redis.call('HSET', key, 'tokens', tokens - 1, 'at', now)
          redis.call('PEXPIRE', key, period)
        end

        local userTokens = level(KEYS[1], tonumber(ARGV[1]))
        if userTokens < 1 then
          return 0
        end
        take(KEYS[1], userTokens)

        local conversationTokens = level(KEYS[2], tonumber(ARGV[2]))
        if conversationTokens < 1 then
          return 0
        end
        take(KEYS[2], conversationTokens)
        return 1
        """;

    /// <summary>The length of one allowance.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Takes a token from the user's bucket and then from the conversation's; true when both had one. Keys are the
    /// limiter's partition keys; they are hashed so the shared store holds no user or conversation id.
    /// </summary>
    /// <exception cref="RedisException">Redis refused or could not be reached (see <see cref="RedisStore.IsFailure"/>).</exception>
    public static async Task<bool> TryTakeAsync(
        IDatabaseAsync redis, string keyPrefix, string userKey, string conversationKey, int perUser, int perConversation)
    {
        RedisKey[] keys = [keyPrefix + "{ratelimit}:user:" + Hashed(userKey), keyPrefix + "{ratelimit}:conversation:" + Hashed(conversationKey)];
        RedisValue[] values = [perUser, perConversation, (long)Period.TotalMilliseconds];
        var result = await redis.ScriptEvaluateAsync(Script, keys, values);
        return (int)result == 1;
    }

    private static string Hashed(string key) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), 0, 16);
}
