using JobFrame.Bot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// Runs queued Slack work on up to <see cref="SlackOptions.ReplyWorkers"/> items at once, each in a fresh scope: replies
/// for different conversations go out in parallel, one conversation's in order. Each Web API call is bounded by the
/// outbound policy's timeouts, so a hung call holds one lane for a while, never every reply. A failure is handled by
/// <see cref="SlackFailurePolicy.RunDeferredAsync"/> and the lane goes on.
/// </summary>
internal sealed class SlackBackgroundWorker(
    SlackBackgroundQueue queue,
    IServiceScopeFactory scopes,
    IOptions<SlackOptions> options,
    ILogger<SlackBackgroundWorker> logger) : BackgroundService
{
    private readonly ConversationLanes _lanes = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(options.Value.ReplyWorkers);
        var running = new HashSet<Task>();
        try
        {
            while (true)
            {
                // A free worker first, then the item: while every worker is busy, work waits in the bounded queue
                // (and a full queue refuses more) instead of in this loop.
                await slots.WaitAsync(stoppingToken);
                if (!await queue.Reader.WaitToReadAsync(stoppingToken) || !queue.Reader.TryRead(out var item))
                {
                    slots.Release();
                    if (queue.Reader.Completion.IsCompleted)
                    {
                        break;
                    }

                    continue;
                }

                if (!_lanes.TryOpen(item))
                {
                    slots.Release();
                    continue;
                }

                running.RemoveWhere(task => task.IsCompleted);
                running.Add(RunLaneAsync(item, slots, stoppingToken));
            }
        }
        finally
        {
            // Lanes end at the next item once stopping is signalled; wait for them so none outlives its scope's services.
            await Task.WhenAll(running);
        }
    }

    private async Task RunLaneAsync(SlackWorkItem first, SemaphoreSlim slots, CancellationToken ct)
    {
        // Off the reader's thread at once, so the next item is read while this one runs.
        await Task.Yield();
        try
        {
            for (var item = first; item is not null; item = _lanes.Next(item))
            {
                await RunAsync(item, ct);
            }
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RunAsync(SlackWorkItem item, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await SlackFailurePolicy.RunDeferredAsync(logger, item, scope.ServiceProvider, ct);
    }
}
