using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// Addresses the handler's replies from the inbound activity, so a reply can only ever go back to the
/// conversation and serviceUrl that were authenticated.
/// </summary>
internal static class ReplyAddressing
{
    public static Activity AddressAsReplyTo(this Activity reply, Activity inbound)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ServiceUrl = inbound.ServiceUrl;
        reply.ChannelId = inbound.ChannelId;
        reply.Conversation = inbound.Conversation;
        reply.ReplyToId = inbound.Id;
        reply.From ??= inbound.Recipient;
        reply.Recipient ??= inbound.From;
        return reply;
    }
}
