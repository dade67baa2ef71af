using JobFrame.Bot.SharedState;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// Remembers which event_ids were taken, through <see cref="EventClaims"/>: an atomic set-if-absent in Redis shared by
/// every instance when <c>ConnectionStrings:Redis</c> is set, this instance's memory otherwise.
/// </summary>
/// <remarks>Slack retries an unacknowledged event three times within about five minutes; an hour covers them with room.</remarks>
internal sealed class SlackEventDeduplicator(EventClaims claims)
{
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    /// <summary>True the first time an event id is seen; false for every replay, on any instance.</summary>
    public async Task<bool> TryClaimAsync(string eventId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return await claims.TryClaimAsync(Key(eventId), Remember);
    }

    /// <summary>Forgets a claim whose work could not be queued, so Slack's retry is handled.</summary>
    public async Task ReleaseAsync(string eventId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await claims.ReleaseAsync(Key(eventId));
    }

    private static string Key(string eventId) => "slack:event:" + eventId;
}
