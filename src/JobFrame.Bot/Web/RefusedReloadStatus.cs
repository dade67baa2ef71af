namespace JobFrame.Bot.Web;

/// <summary>A refused canon reload, as <c>/readyz</c> reports it: the canon in service is still the last good one.</summary>
public sealed class RefusedReloadStatus
{
    public required DateTimeOffset At { get; init; }

    public required int ErrorCount { get; init; }

    /// <summary>The first error, <c>file:line: problem</c>.</summary>
    public required string FirstError { get; init; }
}
