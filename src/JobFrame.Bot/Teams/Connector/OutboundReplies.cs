using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>The replies to one authenticated activity, posted in order to that activity's serviceUrl.</summary>
internal sealed record OutboundReplies(Uri ServiceUrl, string? ReplyToId, IReadOnlyList<Activity> Replies);
