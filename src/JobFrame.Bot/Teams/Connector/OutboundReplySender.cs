using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// Drains the outbound queue with a few workers, so a connector that is slow or failing for one conversation
/// does not keep the others waiting. A failure is logged once and the next conversation goes on.
/// </summary>
internal sealed class OutboundReplySender(
    OutboundReplyQueue queue,
    ConnectorClient connector,
    IOptions<BotFrameworkOptions> options,
    ILogger<OutboundReplySender> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.OutboundWorkers).Select(_ => DrainAsync(stoppingToken)));

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                foreach (var reply in work.Replies)
                {
                    var result = await connector.ReplyToActivityAsync(work.ServiceUrl, reply, stoppingToken);
                    if (result.IsTooLarge)
                    {
                        // Refused for its size (a tenant with a smaller limit): the user hears so, rather than nothing.
                        await connector.ReplyToActivityAsync(work.ServiceUrl, TooLargeNotice.For(reply), stoppingToken);
                    }

                    // Later replies make no sense without the earlier ones, so a dropped reply ends the batch.
                    if (!result.Posted)
                    {
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A worker must outlive any one conversation's failure; it is logged, not hidden.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                Log.ReplySendFailed(logger, work.ReplyToId, failure.GetType().Name);
            }
        }
    }
}
