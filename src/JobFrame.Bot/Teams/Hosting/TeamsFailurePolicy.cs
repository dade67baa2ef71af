using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// The Teams face's one failure policy, which the entry point (<see cref="ActivityRequestHandler"/>) runs every turn
/// under (what Bot Framework adapters call OnTurnError): a turn either answers, or its failure is logged once (the
/// exception's type, never the activity's content) and answered with the handler's own apology, so nothing a user sends
/// ends in a 500 or a stack trace. Handlers do not catch.
/// </summary>
internal sealed class TeamsFailurePolicy(ITeamsActivityHandler handler, ILogger<ActivityRequestHandler> logger)
{
    public Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        AnswerAsync(activity, () => handler.OnActivityAsync(activity, cancellationToken), () => handler.OnActivityFailed(activity), cancellationToken);

    public Task<InvokeResponse> OnInvokeAsync(Activity invoke, CancellationToken cancellationToken) =>
        AnswerAsync(invoke, () => handler.OnInvokeAsync(invoke, cancellationToken), () => handler.OnInvokeFailed(invoke), cancellationToken);

    private async Task<T> AnswerAsync<T>(Activity activity, Func<Task<T>> answer, Func<T> apology, CancellationToken cancellationToken)
    {
        try
        {
            return await answer();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away: there is no one left to answer.
            throw;
        }
#pragma warning disable CA1031 // Deliberately broad: see the summary; the failure is logged, not hidden.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            Log.HandlerFailed(logger, activity.Type, activity.Name, failure.GetType().Name);
            return apology();
        }
    }
}
