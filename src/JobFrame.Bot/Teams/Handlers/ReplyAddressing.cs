using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// Addresses the handler's replies from the inbound activity, so a reply can only ever go back to the
/// conversation and serviceUrl that were authenticated.
/// </summary>
internal static class ReplyAddressing
{
    /// <summary>
    /// <paramref name="reply"/>'s content addressed to <paramref name="inbound"/>'s conversation, channel and serviceUrl,
    /// answering <paramref name="inbound"/>; sender and recipient default to the inbound's recipient and sender.
    /// </summary>
    public static Activity AddressAsReplyTo(this Activity reply, Activity inbound) =>
        reply.WithAddress(
            inbound.ServiceUrl,
            inbound.ChannelId,
            inbound.Conversation,
            replyToId: inbound.Id,
            from: reply.From ?? inbound.Recipient,
            recipient: reply.Recipient ?? inbound.From);
}
