using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Bot.Tests.Teams.Schema;

/// <summary>The wire shapes the connector and Teams expect.</summary>
public sealed class ActivityTests
{
    [Fact]
    public void CreateReply_SwapsTheAccountsAndKeepsTheConversation()
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1763806530123",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user", Name = "Megan Bowen" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "JobFrame" },
            Conversation = new ConversationAccount { Id = "a:conversation", ConversationType = "personal" },
            Locale = "en-GB",
        };

        var reply = inbound.CreateReply("hello");

        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:user", reply.Recipient?.Id);
        Assert.Equal("a:conversation", reply.Conversation?.Id);
        Assert.Equal("1763806530123", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal("message", reply.Type);
        Assert.Equal("hello", reply.Text);
    }

    [Fact]
    public void Activity_SerialisesCamelCaseWithoutNulls()
    {
        var reply = new Activity { Type = ActivityTypes.Message, ReplyToId = "1", Text = "hi" };

        var json = JsonSerializer.Serialize(reply, BotFrameworkJsonContext.Default.Activity);

        Assert.Equal("{\"type\":\"message\",\"text\":\"hi\",\"replyToId\":\"1\"}", json);
    }

    [Fact]
    public void AdaptiveCardAttachment_CarriesTheCardUnderItsContentType()
    {
        using var card = JsonDocument.Parse("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[]}");

        var attachment = AdaptiveCardAttachment.From(card.RootElement);
        var json = JsonSerializer.SerializeToElement(new Activity { Attachments = [attachment] }, BotFrameworkJsonContext.Default.Activity);

        var wire = json.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", wire.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", wire.GetProperty("content").GetProperty("type").GetString());
        Assert.Equal("1.5", wire.GetProperty("content").GetProperty("version").GetString());
    }

    [Fact]
    public void AdaptiveCardAttachment_WritesATypedCardInPlace_ExactlyAsItsOwnDialectDoes()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Senior ML Engineer ⟨target⟩ <b>" }] };

        var json = JsonSerializer.Serialize(
            new Activity { Attachments = [AdaptiveCardAttachment.From(card, AdaptiveCardJsonContext.Default.AdaptiveCard)] },
            BotFrameworkJsonContext.Default.Activity);

        var expectedCard = AdaptiveCardSerializer.Serialize(card);
        Assert.Equal("{\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":" + expectedCard + "}]}", json);
    }

    [Fact]
    public void Attachment_ReadFromTheWire_KeepsItsContentAsTheJsonThatArrived()
    {
        const string Wire = "{\"type\":\"message\",\"attachments\":[{\"contentType\":\"text/html\",\"content\":\"<p>hi</p>\"},"
            + "{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\",\"body\":[]}}]}";

        var activity = JsonSerializer.Deserialize(Wire, BotFrameworkJsonContext.Default.Activity)!;

        Assert.Equal("<p>hi</p>", activity.Attachments![0].Content!.ToElement().GetString());
        Assert.Equal("AdaptiveCard", activity.Attachments[1].Content!.ToElement().GetProperty("type").GetString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Wire), JsonSerializer.SerializeToNode(activity, BotFrameworkJsonContext.Default.Activity)));
    }

    [Fact]
    public void ExpectedReplies_SerialisesAsAnActivitiesArray()
    {
        var replies = new ExpectedReplies { Activities = [new Activity { Type = ActivityTypes.Message, Text = "a" }] };

        var json = JsonSerializer.Serialize(replies, BotFrameworkJsonContext.Default.ExpectedReplies);

        Assert.Equal("{\"activities\":[{\"type\":\"message\",\"text\":\"a\"}]}", json);
    }
}
