namespace JobFrame.Bot.Teams.Authentication;

/// <summary>Whether an inbound activity may be processed, and if not, why (for the log, never for the caller).</summary>
internal sealed record AuthenticationOutcome(bool Succeeded, string Reason)
{
    public static AuthenticationOutcome Accepted(string how) => new(true, how);

    public static AuthenticationOutcome Refused(string why) => new(false, why);
}
