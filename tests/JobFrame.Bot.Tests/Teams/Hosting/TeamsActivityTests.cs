using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Hosting;

/// <summary>Real Teams payloads in, the handler's answers out: to the connector, or in the HTTP body.</summary>
public sealed class TeamsActivityTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task PersonalMessage_IsAnsweredAsAReplyInTheSameConversation()
    {
        var conversation = NewConversation();
        var activity = Load(TeamsPayloads.PersonalMessage, conversation);

        var response = await host.PostActivityAsync(activity, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Equal("1763806530123", post.ReplyToId);
        Assert.Equal("Bearer " + BotFrameworkStandIns.IssuedAccessToken, post.Authorization);
        var reply = post.Activity;
        Assert.Equal("message", reply.Type);
        Assert.Equal("echo: goals for Senior ML Engineer", reply.Text);
        Assert.Equal(TestIdentity.BotChannelId, reply.From?.Id);
        Assert.Equal("Megan Bowen", reply.Recipient?.Name);
        Assert.Equal(conversation, reply.Conversation?.Id);
        Assert.Equal("1763806530123", reply.ReplyToId);
    }

    [Fact]
    public async Task ChannelMessage_MentioningTheBot_ReachesTheHandlerWithoutTheMention()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2;messageid=1763806805441";
        var activity = Load(TeamsPayloads.ChannelMessageWithMention, conversation);

        await host.PostActivityAsync(activity, Token());

        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Equal("echo: level Senior ML Engineer", post.Activity.Text);
        Assert.Equal("1763806805441", post.ReplyToId);
    }

    [Fact]
    public async Task ActionSubmit_DeliversTheCardValueToTheHandler()
    {
        var conversation = NewConversation();

        await host.PostActivityAsync(Load(TeamsPayloads.ActionSubmit, conversation), Token());

        var received = Assert.Single(host.Handler.ReceivedIn(conversation));
        Assert.Equal("goals", received.Value?.GetProperty("verb").GetString());
        Assert.Equal("AIML-P4", received.Value?.GetProperty("profile").GetString());
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.StartsWith("echo submit: ", post.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdaptiveCardActionInvoke_IsAnsweredInTheHttpBodyAndNothingIsPosted()
    {
        var conversation = NewConversation();

        var response = await host.PostActivityAsync(Load(TeamsPayloads.AdaptiveCardActionInvoke, conversation), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("echo invoke: adaptiveCard/action", body.RootElement.GetProperty("value").GetString());
        var received = Assert.Single(host.Handler.ReceivedIn(conversation));
        Assert.Equal("goals", received.Value?.GetProperty("action").GetProperty("verb").GetString());
        Assert.Empty(host.StandIns.PostsTo(conversation));
    }

    [Fact]
    public async Task ConversationUpdate_AddingTheBot_PostsTheWelcome()
    {
        var conversation = NewConversation();

        var response = await host.PostActivityAsync(Load(TeamsPayloads.ConversationUpdateBotAdded, conversation), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Equal("welcome", post.Activity.Text);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheBodyAndPostsNothing()
    {
        var conversation = NewConversation();
        var activity = Load(TeamsPayloads.PersonalMessage, conversation);
        activity["deliveryMode"] = "expectReplies";

        var response = await host.PostActivityAsync(activity, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("echo: goals for Senior ML Engineer", reply["text"]!.GetValue<string>());
        Assert.Equal(conversation, reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("1763806530123", reply["replyToId"]!.GetValue<string>());
        Assert.Empty(host.StandIns.PostsTo(conversation));
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task OtherActivityTypes_Are200AndNothingElse(string type)
    {
        var conversation = NewConversation();
        var activity = Load(TeamsPayloads.PersonalMessage, conversation);
        activity["type"] = type;

        var response = await host.PostActivityAsync(activity, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Handler.ReceivedIn(conversation));
    }

    [Fact]
    public async Task BodyOver256KB_Is413AndNotProcessed()
    {
        var conversation = NewConversation();
        var activity = Load(TeamsPayloads.PersonalMessage, conversation);
        activity["text"] = new string('x', 256 * 1024);

        var response = await host.PostActivityAsync(activity, Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Handler.ReceivedIn(conversation));
    }

    [Fact]
    public async Task BodyOfExactly256KB_IsProcessed()
    {
        var conversation = NewConversation();
        var activity = Load(TeamsPayloads.PersonalMessage, conversation);
        activity["text"] = "x";
        activity["text"] = new string('x', 1 + (256 * 1024) - Encoding.UTF8.GetByteCount(activity.ToJsonString()));

        var response = await host.PostActivityAsync(activity, Token());

        Assert.Equal(256 * 1024, Encoding.UTF8.GetByteCount(activity.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Handler.ReceivedIn(conversation));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"message\",\"text\":42}")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task MalformedActivity_Is400WithoutDetails(string body)
    {
        var response = await host.PostRawAsync(Encoding.UTF8.GetBytes(body), Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private JsonObject Load(string payload, string conversation) =>
        TeamsPayloads.Load(payload, host.StandIns.ServiceUrl, conversation);

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
