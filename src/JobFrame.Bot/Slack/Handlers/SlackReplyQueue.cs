using JobFrame.Bot.Slack.WebApi;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// Puts replies on the background queue, so they go out after Slack has had its acknowledgement. A full queue drops
/// the reply, logged, rather than keep Slack waiting past its 3 seconds.
/// </summary>
internal static class SlackReplyQueue
{
    /// <summary>Queues <paramref name="work"/> as "slack <paramref name="name"/>", in order with the other work for <paramref name="conversation"/>.</summary>
    public static void Enqueue(
        ISlackBackgroundQueue queue, ILogger logger, string name, Func<IServiceProvider, CancellationToken, Task> work, string? conversation = null)
    {
        if (!queue.TryEnqueue("slack " + name, work, conversation))
        {
            Log.ReplyQueueFull(logger, name);
        }
    }

    /// <summary>Queues a fixed sentence for the person behind <paramref name="target"/> (see <see cref="SlackReplies.NoticeAsync"/>).</summary>
    public static void Notice(ISlackBackgroundQueue queue, ILogger logger, SlackReplyTarget target, string text) =>
        Enqueue(queue, logger, "notice", (services, token) => services.GetRequiredService<SlackReplies>().NoticeAsync(target, text, token), target.Channel);
}
