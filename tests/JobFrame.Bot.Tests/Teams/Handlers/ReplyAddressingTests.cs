using JobFrame.Bot.Teams.Handlers;
using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>A reply can only go back where the authenticated activity came from.</summary>
public sealed class ReplyAddressingTests
{
    [Fact]
    public void AddressAsReplyTo_OverridesAnyOtherConversationOrServiceUrl()
    {
        var inbound = new Activity
        {
            Id = "1763806530123",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:authenticated" },
        };
        var reply = new Activity
        {
            Text = "hello",
            ServiceUrl = "https://connector.example.com/",
            Conversation = new ConversationAccount { Id = "a:somewhere-else" },
            ReplyToId = "other",
        };

        reply = reply.AddressAsReplyTo(inbound);

        Assert.Equal("message", reply.Type);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal("a:authenticated", reply.Conversation?.Id);
        Assert.Equal("1763806530123", reply.ReplyToId);
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:user", reply.Recipient?.Id);
    }
}
