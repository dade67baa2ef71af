using System.Globalization;
using System.Threading.Channels;
using JobFrame.Bot.Canon;
using JobFrame.Engine.Answers;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// Appends unresolved questions to a capped Redis stream shared by every instance (<c>&lt;prefix&gt;unresolved</c>,
/// fields <c>at</c> (ISO 8601), <c>query</c>, <c>state</c>: the question only, never who asked). <see cref="Record"/>
/// only queues; a background loop writes in pipelined batches. While Redis is unreachable the batch waits and is
/// written when it answers again; past the queue's capacity the oldest questions are dropped, because this log informs
/// curation and must never slow an answer down.
/// </summary>
public sealed class UnresolvedQueryStreamLog(RedisStore store, IOptions<UnresolvedLogOptions> options, IOptions<RedisOptions> redisOptions)
    : BackgroundService, IUnresolvedQueryLog
{
    /// <summary>The stream's name after the key prefix; `jobframe report unresolved --redis` reads it.</summary>
    public const string StreamName = "unresolved";

    private const int BatchSize = 500;
    private static readonly TimeSpan TrimEvery = TimeSpan.FromMinutes(10);

    private readonly Channel<UnresolvedQuery> _queue = Channel.CreateBounded<UnresolvedQuery>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Record(UnresolvedQuery query) => _queue.Writer.TryWrite(query);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.IsConfigured)
        {
            return;
        }

        var stream = new RedisKey(store.KeyPrefix + StreamName);
        var retryAfter = TimeSpan.FromSeconds(Math.Max(1, redisOptions.Value.OutageRetrySeconds));
        var batch = new List<UnresolvedQuery>(BatchSize);
        var trimmedAt = DateTimeOffset.MinValue;
        try
        {
            while (batch.Count > 0 || await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var query))
                {
                    batch.Add(query);
                }

                if (!await TryWriteAsync(stream, batch))
                {
                    await Task.Delay(retryAfter, stoppingToken);
                    continue;
                }

                batch.Clear();
                if (DateTimeOffset.UtcNow - trimmedAt > TrimEvery && await TryTrimAsync(stream))
                {
                    trimmedAt = DateTimeOffset.UtcNow;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryWriteAsync(RedisKey stream, List<UnresolvedQuery> batch)
    {
        if (!store.TryGetDatabase(SharedStateOperation.UnresolvedLog, out var redis))
        {
            return false;
        }

        try
        {
            var maxLength = options.Value.StreamMaxLength;
            await Task.WhenAll(batch.Select(query => redis.StreamAddAsync(stream, Fields(query), maxLength: maxLength, useApproximateMaxLength: true)));
            store.ReportSuccess();
            return true;
        }
        catch (Exception ex) when (RedisStore.IsFailure(ex))
        {
            store.ReportFailure(SharedStateOperation.UnresolvedLog, ex);
            return false;
        }
    }

    /// <summary>Drops entries older than the retention (stream ids are Redis's own millisecond times).</summary>
    private async Task<bool> TryTrimAsync(RedisKey stream)
    {
        if (!store.TryGetDatabase(SharedStateOperation.UnresolvedLog, out var redis))
        {
            return false;
        }

        var oldest = DateTimeOffset.UtcNow.AddDays(-options.Value.StreamRetentionDays).ToUnixTimeMilliseconds();
        try
        {
            await redis.StreamTrimByMinIdAsync(stream, oldest.ToString(CultureInfo.InvariantCulture) + "-0", useApproximateMaxLength: true);
            return true;
        }
        catch (Exception ex) when (RedisStore.IsFailure(ex))
        {
            store.ReportFailure(SharedStateOperation.UnresolvedLog, ex);
            return false;
        }
    }

    private static NameValueEntry[] Fields(UnresolvedQuery query) =>
    [
        new("at", query.At.ToString("O", CultureInfo.InvariantCulture)),
        new("query", query.Query),
        new("state", query.State),
    ];
}
