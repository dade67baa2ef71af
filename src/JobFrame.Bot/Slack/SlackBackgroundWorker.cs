namespace JobFrame.Bot.Slack;

/// <summary>Runs queued Slack work one item at a time, each in a fresh scope; a failure is logged and the next item runs.</summary>
internal sealed class SlackBackgroundWorker(
    SlackBackgroundQueue queue,
    IServiceScopeFactory scopes,
    ILogger<SlackBackgroundWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(item, stoppingToken);
        }
    }

    private async Task RunAsync(SlackWorkItem item, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await item.Work(scope.ServiceProvider, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The acknowledgement is long gone: logging is the only place this failure can go.
            Log.BackgroundWorkFailed(logger, ex, item.Name);
        }
    }
}
