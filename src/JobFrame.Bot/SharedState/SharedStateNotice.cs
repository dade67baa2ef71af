namespace JobFrame.Bot.SharedState;

/// <summary>
/// At start: waits for the first connection to Redis (at most its connect timeout) so the first requests already share
/// state, and says where shared state lives. Outside Development, running without Redis is said as a warning: it is
/// right for one instance and wrong for several.
/// </summary>
internal sealed class SharedStateNotice(RedisStore store, ILogger<SharedStateNotice> logger, IHostEnvironment? environment = null) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!store.IsConfigured)
        {
            if (environment?.IsDevelopment() != true)
            {
                Log.InMemoryOnly(logger);
            }

            return;
        }

        Log.OnRedis(logger, store.Endpoints, store.KeyPrefix);
        if (!await store.ConnectAsync().WaitAsync(cancellationToken))
        {
            store.ReportFailure(SharedStateOperation.Connect, new TimeoutException("no connection at start"));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
