using JobFrame.Bot.Slack.Handlers;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// The Slack face's one failure policy, applied by its entry points: the request URLs in <see cref="SlackEndpoints"/>
/// (which Socket Mode's envelopes go through too) and <see cref="SlackBackgroundWorker"/> for work done after the
/// acknowledgement. A turn either answers, or its failure is logged once and the person gets the friendly error where
/// Slack lets the bot say one: never a 500, a stack trace, or a retry storm. Handlers do not catch.
/// </summary>
internal static class SlackFailurePolicy
{
    /// <summary>
    /// Runs a turn Slack waits for. On failure logs <paramref name="operation"/> and the exception's type, never its
    /// message (which may quote what the person typed), and answers with <paramref name="sorry"/> instead.
    /// </summary>
    public static async Task<IResult> AnswerAsync(ILogger logger, string operation, Func<Task<IResult>> turn, Func<IResult> sorry)
    {
        try
        {
            return await turn();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, operation, ex.GetType().Name);
            return sorry();
        }
    }

    /// <summary>A turn whose answer is Slack's empty 200 (a button, a shortcut): <see cref="AnswerAsync"/> for it.</summary>
    public static Task<IResult> AcknowledgeAsync(ILogger logger, string operation, Func<Task> turn, Func<IResult> sorry) =>
        AnswerAsync(
            logger,
            operation,
            async () =>
            {
                await turn();
                return Results.Ok();
            },
            sorry);

    /// <summary>
    /// The friendly error for a button press, which Slack's acknowledgement cannot carry: a notice to the person who
    /// pressed it, after the acknowledgement, ephemerally where the response_url allows.
    /// </summary>
    public static IResult SorryForButton(ISlackBackgroundQueue queue, ILogger logger, BlockActionsPayload payload)
    {
        SlackReplyQueue.Notice(queue, logger, SlackReplyTarget.Of(payload), SlackBotWords.CouldNotAnswer);
        return Results.Ok();
    }

    /// <summary>
    /// Runs work queued after the acknowledgement. Its failure is logged with the exception (Web API refusals carry
    /// the method and Slack's error code, never a token or a payload); the acknowledgement is long gone, so the log is
    /// the only place it can go, and the worker goes on. Work that can tell the person (a reply that Slack refused)
    /// does so itself, as <see cref="SlackReplies"/> does.
    /// </summary>
    public static async Task RunDeferredAsync(ILogger logger, SlackWorkItem item, IServiceProvider services, CancellationToken ct)
    {
        try
        {
            await item.Work(services, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.BackgroundWorkFailed(logger, ex, item.Name);
        }
    }
}
