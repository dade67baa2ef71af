namespace JobFrame.Bot.Canon;

/// <summary>
/// The last refused canon reload, until a later reload is accepted: what <c>/readyz</c> reports so that an operator sees a
/// broken edit on disk while the last good canon keeps serving.
/// </summary>
public sealed class CanonReloadStatus
{
    private volatile RefusedReload? _refused;

    /// <summary>The refusal in force, or null when the canon on disk is the one in service.</summary>
    public RefusedReload? Refused => _refused;

    public void Accept() => _refused = null;

    public void Refuse(DateTimeOffset at, int errorCount, string firstError) => _refused = new RefusedReload(at, errorCount, firstError);

    /// <summary>When the reload was refused, how many errors it had, and the first as <c>file:line: problem</c>.</summary>
    public sealed record RefusedReload(DateTimeOffset At, int ErrorCount, string FirstError);
}
