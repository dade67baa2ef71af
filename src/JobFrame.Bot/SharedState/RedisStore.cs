using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace JobFrame.Bot.SharedState;

/// <summary>
/// The one connection to Redis (<c>ConnectionStrings:Redis</c>, a StackExchange.Redis configuration string), or none.
/// Callers ask <see cref="TryGetDatabase"/> before each operation and fall back to this instance's memory when it says
/// no; a failed call is reported with <see cref="ReportFailure"/>, which keeps the instance in memory for
/// <see cref="RedisOptions.OutageRetrySeconds"/> so a hung Redis costs one timeout, not one per message. The
/// multiplexer reconnects by itself; the first call that succeeds afterwards logs the recovery.
/// </summary>
public sealed class RedisStore : IAsyncDisposable, IDisposable
{
    private readonly Task<ConnectionMultiplexer>? _connecting;
    private readonly ILogger<RedisStore> _logger;
    private readonly SharedStateMetrics _metrics;
    private readonly long _retryAfterMs;
    private long _retryAtMs;
    private int _down;

    public RedisStore(IOptions<RedisOptions> options, IMeterFactory meters, ILogger<RedisStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        KeyPrefix = options.Value.KeyPrefix;
        _retryAfterMs = options.Value.OutageRetrySeconds * 1000L;
        _metrics = new SharedStateMetrics(meters, () => IsAvailable);
        if (options.Value.ConnectionString is { Length: > 0 } connectionString)
        {
            var redis = ParseConfiguration(connectionString);
            Endpoints = string.Join(", ", redis.EndPoints.Select(e => e.ToString()));
            // Started here, awaited by nobody: start-up never waits for Redis, and a Redis that is down at start is
            // reconnected by the multiplexer like any other outage.
            _connecting = ConnectionMultiplexer.ConnectAsync(redis);
        }
    }

    /// <summary>True when <c>ConnectionStrings:Redis</c> is set.</summary>
    public bool IsConfigured => _connecting is not null;

    /// <summary>The configured endpoints (host:port, comma-separated), never the password; empty when not configured.</summary>
    public string Endpoints { get; } = string.Empty;

    /// <summary>Put in front of every key this bot writes.</summary>
    public string KeyPrefix { get; }

    /// <summary>True while Redis is connected and not in the back-off after a failure.</summary>
    public bool IsAvailable =>
        _connecting is { IsCompletedSuccessfully: true } && _connecting.Result.IsConnected && Environment.TickCount64 >= Volatile.Read(ref _retryAtMs);

    /// <summary>
    /// Parses a StackExchange.Redis configuration string with the bot's defaults: start without Redis
    /// (<c>abortConnect=false</c>), fail a command at once while disconnected instead of queueing it, and a one-second
    /// command timeout unless the string names its own: a chat answer is never held up long by shared state.
    /// </summary>
    /// <exception cref="InvalidOperationException">The string is not a valid configuration.</exception>
    public static ConfigurationOptions ParseConfiguration(string connectionString)
    {
        ConfigurationOptions redis;
        try
        {
            redis = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:Redis is not a valid StackExchange.Redis configuration: {ex.Message}", ex);
        }

        if (redis.EndPoints.Count == 0)
        {
            throw new InvalidOperationException("ConnectionStrings:Redis names no endpoint (host:port).");
        }

        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        if (!connectionString.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            redis.AsyncTimeout = 1000;
        }

        return redis;
    }

    /// <summary>True when an exception means Redis could not do what was asked (unreachable, timed out, refused).</summary>
    public static bool IsFailure(Exception exception) =>
        exception is RedisException or RedisTimeoutException or TimeoutException or ObjectDisposedException;

    /// <summary>
    /// The database to use now, or false when this operation must be served from memory: Redis not configured, not
    /// connected, or backing off after a failure (the last two counted as a fallback for <paramref name="operation"/>).
    /// </summary>
    public bool TryGetDatabase(string operation, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IDatabase? database)
    {
        database = null;
        if (_connecting is null)
        {
            return false;
        }

        if (!_connecting.IsCompleted || Environment.TickCount64 < Volatile.Read(ref _retryAtMs))
        {
            _metrics.Fallback(operation);
            return false;
        }

        if (_connecting.Exception is { } failed)
        {
            ReportFailure(operation, failed.GetBaseException());
            return false;
        }

        var multiplexer = _connecting.Result;
        if (!multiplexer.IsConnected)
        {
            MarkDown(operation, "not connected");
            return false;
        }

        database = multiplexer.GetDatabase();
        return true;
    }

    /// <summary>Notes a failed Redis call: counted, warned once per outage, and Redis left alone for a short while.</summary>
    public void ReportFailure(string operation, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        MarkDown(operation, exception.GetType().Name);
    }

    /// <summary>Notes a Redis call that worked; the first after an outage logs the recovery.</summary>
    public void ReportSuccess()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            Log.RedisRecovered(_logger);
        }
    }

    /// <summary>
    /// Waits for the first connection attempt (at most the configuration's connect timeout) and says whether it
    /// connected; the host calls it at start so the first requests already share state.
    /// </summary>
    public async Task<bool> ConnectAsync()
    {
        if (_connecting is null)
        {
            return false;
        }

        try
        {
            return (await _connecting).IsConnected;
        }
        catch (Exception ex) when (IsFailure(ex))
        {
            return false;
        }
    }

    /// <summary>Round-trip time of a PING, or null when Redis is not configured; throws when Redis does not answer.</summary>
    public async Task<TimeSpan?> PingAsync()
    {
        if (_connecting is null)
        {
            return null;
        }

        var multiplexer = await _connecting;
        return await multiplexer.GetDatabase().PingAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connecting is null)
        {
            return;
        }

        // A first attempt still under way finishes (within its connect timeout) so its connection is closed too.
        await ConnectAsync();
        if (_connecting.IsCompletedSuccessfully)
        {
            await _connecting.Result.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (_connecting is { IsCompletedSuccessfully: true })
        {
            _connecting.Result.Dispose();
        }
    }

    private void MarkDown(string operation, string problem)
    {
        _metrics.Fallback(operation);
        Volatile.Write(ref _retryAtMs, Environment.TickCount64 + _retryAfterMs);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            Log.RedisUnavailable(_logger, operation, problem);
        }
    }
}
