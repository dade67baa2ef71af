namespace JobFrame.Bot.Teams.Handlers;

/// <summary>What became of messages posted while an invoke waited.</summary>
internal enum FollowUpOutcome
{
    /// <summary>Replies go in the HTTP body (expectReplies), or the serviceUrl is unusable: nothing was tried.</summary>
    NowhereToPost,

    /// <summary>The connector accepted every message.</summary>
    Posted,

    /// <summary>The connector refused one, or did not answer in time.</summary>
    NotPosted,
}
