using JobFrame.Bot.Teams.Connector;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// Messages that follow an invoke, which can only answer in its own HTTP body: posted to the invoke's serviceUrl,
/// which the protocol layer authenticated before the handler saw the activity. Either queued (<see cref="TryPost"/>),
/// or posted while the invoke waits (<see cref="PostNowAsync"/>), so the invoke's answer can say what really happened.
/// </summary>
internal sealed class InvokeFollowUps(
    OutboundReplyQueue outbound,
    ConnectorClient connector,
    IOptions<BotFrameworkOptions> options,
    ILogger<InvokeFollowUps> logger)
{
    // Teams gives an invoke a few seconds before it shows the user an error; the answer must come before that.
    private static readonly TimeSpan PostNowBound = TimeSpan.FromSeconds(3);

    /// <summary>False when there is nowhere to post (replies expected in the body, or no usable serviceUrl) or the queue is full.</summary>
    public bool TryPost(Activity invoke, Activity reply)
    {
        if (!TryServiceUrl(invoke, out var serviceUrl))
        {
            return false;
        }

        if (!outbound.TryEnqueue(new OutboundReplies(serviceUrl, invoke.Id, [reply.AddressAsReplyTo(invoke)])))
        {
            Log.OutboundQueueFull(logger, 1, invoke.Id);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Posts <paramref name="replies"/> in order now and says whether the connector accepted every one. A chat the bot
    /// is not a member of (a card the message extension inserted) answers 403 BotNotInConversationRoster; a connector
    /// that does not answer in time counts as not posted.
    /// </summary>
    public async Task<FollowUpOutcome> PostNowAsync(Activity invoke, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (!TryServiceUrl(invoke, out var serviceUrl))
        {
            return FollowUpOutcome.NowhereToPost;
        }

        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(PostNowBound);
        try
        {
            foreach (var reply in replies)
            {
                if (!(await connector.ReplyToActivityAsync(serviceUrl, reply.AddressAsReplyTo(invoke), bound.Token)).Posted)
                {
                    Log.FollowUpNotPosted(logger, invoke.Id, "the connector refused it");
                    return FollowUpOutcome.NotPosted;
                }
            }

            return FollowUpOutcome.Posted;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Behaviour, not failure handling: past the bound the invoke answers with the export itself.
            Log.FollowUpNotPosted(logger, invoke.Id, "the connector did not answer in time");
            return FollowUpOutcome.NotPosted;
        }
    }

    private bool TryServiceUrl(Activity invoke, out Uri serviceUrl)
    {
        serviceUrl = null!;
        return !invoke.ExpectsReplies
            && SecureEndpoint.TryParseServiceUrl(invoke.ServiceUrl, options.Value.AllowLoopbackServiceUrl, out serviceUrl);
    }
}
