using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>Replies that quote one of the bot's cards, as Teams sends them: the quote is not part of the question.</summary>
public sealed class TeamsQuotedReplyTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    [Fact]
    public async Task QuotedReply_IsAnsweredAsTheQuestionAfterTheQuote()
    {
        var conversation = NewConversation();
        var expected = host.Engine.Ask("level P3");

        var response = await host.PostActivityAsync(Load(conversation), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<LevelAnswer>(expected);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.True(PostedCards.IsCardOf(PostedCards.SingleCard(post.Activity), expected));
    }

    [Theory]
    [InlineData("<p><quoted messageId=\"1763806530123\"/></p><p>level P3</p>")]
    [InlineData("<quoted messageId=\"1763806530123\"></quoted> <b>level</b>&nbsp;P3<br/>")]
    [InlineData("<blockquote itemscope=\"\" itemtype=\"http://schema.skype.com/Reply\" itemid=\"1763806530123\"><strong itemprop=\"mri\" itemid=\"28:bot\">JobFrame</strong><span itemprop=\"time\" itemid=\"1763806530123\"></span><p itemprop=\"preview\">Goal templates — P4 compare P4 and P5</p></blockquote><p>level P3 <emoji id=\"like\" alt=\"👍\" title=\"Like\"></emoji></p>")]
    public async Task OtherTeamsMarkupAroundTheQuestion_IsNotPartOfIt(string text)
    {
        var conversation = NewConversation();
        var activity = Load(conversation);
        activity["text"] = text;

        await host.PostActivityAsync(activity, Token());

        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.True(PostedCards.IsCardOf(PostedCards.SingleCard(post.Activity), host.Engine.Ask("level P3")));
    }

    private JsonObject Load(string conversation) =>
        TeamsPayloads.Load(TeamsPayloads.PersonalMessageQuotedReply, host.StandIns.ServiceUrl, conversation);

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
