using JobFrame.Bot.Teams.Connector;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Bot;

/// <summary>
/// Messages that follow an invoke, which can only answer in its own HTTP body: posted through the outbound queue
/// to the invoke's serviceUrl, which the protocol layer authenticated before the handler saw the activity.
/// </summary>
internal sealed class InvokeFollowUps(
    OutboundReplyQueue outbound,
    IOptions<BotFrameworkOptions> options,
    ILogger<InvokeFollowUps> logger)
{
    /// <summary>False when there is nowhere to post (replies expected in the body, or no usable serviceUrl) or the queue is full.</summary>
    public bool TryPost(Activity invoke, Activity reply)
    {
        if (invoke.ExpectsReplies
            || !SecureEndpoint.TryParseServiceUrl(invoke.ServiceUrl, options.Value.AllowLoopbackServiceUrl, out var serviceUrl))
        {
            return false;
        }

        if (!outbound.TryEnqueue(new OutboundReplies(serviceUrl, invoke.Id, [reply.AddressAsReplyTo(invoke)])))
        {
            logger.OutboundQueueFull(1, invoke.Id);
            return false;
        }

        return true;
    }
}
