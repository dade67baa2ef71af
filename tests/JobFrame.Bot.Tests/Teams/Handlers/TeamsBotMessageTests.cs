using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>What a manager sees in Teams: real payloads through the real pipeline, answered by the engine as cards.</summary>
public sealed class TeamsBotMessageTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    private const string P4 = "DATASC.AIMACHIN97C0.P4";

    [Fact]
    public async Task PersonalMessage_GoalsForSeniorMlEngineer_RepliesWithTheP4GoalsCardAndItsSources()
    {
        var conversation = NewConversation();

        var response = await host.PostActivityAsync(Load(TeamsPayloads.PersonalMessage, conversation), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Equal("1763806530123", post.ReplyToId);
        var card = PostedCards.SingleCard(post.Activity);
        var texts = PostedCards.Texts(card);
        Assert.Equal("AI / Machine Learning Engineering", texts[0]); // the role first, in plain words
        Assert.Contains(AdaptiveMarkdown.Escape("P4 — Senior Professional · Data Science & Analytics"), texts);
        Assert.Contains(AdaptiveMarkdown.Escape(
            "Architects scalable ML systems and optimizes algorithms for scalability and speed across complex, functionally impactful projects."),
            string.Join('\n', texts), StringComparison.Ordinal);
        Assert.Contains(texts, text => text.StartsWith("source: ", StringComparison.Ordinal));
        Assert.True(PostedCards.IsCardOf(card, host.Engine.Ask("goals for Senior ML Engineer")));
        Assert.Equal(card.GetProperty("fallbackText").GetString(), post.Activity.Summary);
        Assert.False(string.IsNullOrWhiteSpace(post.Activity.Summary));
    }

    [Fact]
    public async Task ChannelMessage_MentioningTheBot_IsAnsweredAsIfTheMentionWereNotThere()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2;messageid=1763806805441";

        await host.PostActivityAsync(Load(TeamsPayloads.ChannelMessageWithMention, conversation), Token());

        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        var card = PostedCards.SingleCard(post.Activity);
        Assert.IsType<LevelAnswer>(host.Engine.Ask("level Senior ML Engineer"));
        Assert.True(PostedCards.IsCardOf(card, host.Engine.Ask("level Senior ML Engineer")));
    }

    [Fact]
    public async Task ActionSubmitExport_InAChannel_PostsTheExportAsPreformattedTextWithTheFilledInValues()
    {
        var conversation = NewConversation();
        var activity = Load(TeamsPayloads.ActionSubmit, conversation);
        activity["conversation"]!["conversationType"] = ConversationTypes.Channel;
        activity["value"] = new JsonObject
        {
            ["verb"] = "export",
            ["profileCode"] = P4,
            ["format"] = "text",
            ["smart.1.baseline"] = "p95 latency 420 ms",
            ["smart.1.target"] = "p95 latency 180 ms",
            ["smart.1.date"] = "2027-03-31",
        };

        await host.PostActivityAsync(activity, Token());

        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        var export = Assert.IsType<ExportAnswer>(host.Engine.Act(new ActionRequest(ActionVerb.Export, P4, Format: ExportFormat.Text, Fills: FilledValues.Parse(
            ["smart.1.baseline=p95 latency 420 ms", "smart.1.target=p95 latency 180 ms", "smart.1.date=2027-03-31"]))));
        Assert.Contains("Move the metric this drives from p95 latency 420 ms to p95 latency 180 ms by 2027-03-31.", export.Content, StringComparison.Ordinal);
        AssertPreformatted(post.Activity.TextFormat, post.Activity.Text, post.Activity.Attachments?.Count ?? 0, export);
    }

    [Theory]
    [InlineData("I need OKRs for a senior ML engineer", nameof(GoalsAnswer))]
    [InlineData("What's the difference between P3 and P4?", nameof(CompareAnswer))]
    [InlineData("What does P3 mean?", nameof(LevelAnswer))]
    [InlineData("What does an Experienced AI/ML Engineer do?", nameof(RoleAnswer))]
    [InlineData("How does this work?", nameof(HelpAnswer))]
    public async Task ANaturalPhrasingOfEachIntent_IsAnsweredWithThatIntentsCard(string question, string answerKind)
    {
        var message = Load(TeamsPayloads.PersonalMessage, NewConversation());
        message["text"] = question;
        var expected = host.Engine.Ask(question);

        var replies = await ExpectRepliesAsync(message);

        Assert.Equal(answerKind, expected.GetType().Name);
        var card = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(replies)!));
        Assert.True(PostedCards.IsCardOf(card, expected));
    }

    [Fact]
    public async Task NeedsReview_PickingACandidate_AnswersForThatCandidate()
    {
        var conversation = NewConversation();
        var question = Load(TeamsPayloads.PersonalMessage, conversation);
        question["text"] = "goals for ML Engineer";
        var review = Assert.IsType<NeedsReviewAnswer>(host.Engine.Ask("goals for ML Engineer"));

        var choices = await ExpectRepliesAsync(question);

        var reviewCard = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(choices)!));
        Assert.True(PostedCards.IsCardOf(reviewCard, review));
        var pick = PostedCards.ActionData(reviewCard)[0];
        var picked = review.Candidates[0].Profile.Code;
        Assert.Equal(picked, pick.GetProperty("profileCode").GetString());

        var submit = Load(TeamsPayloads.ActionSubmit, conversation);
        submit["value"] = JsonNode.Parse(pick.GetRawText());
        var answers = await ExpectRepliesAsync(submit);

        var goalsCard = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(answers)!));
        var goals = host.Engine.Act(new ActionRequest(ActionVerb.Goals, picked));
        Assert.Equal(picked, Assert.IsType<GoalsAnswer>(goals).Profile.Code);
        Assert.True(PostedCards.IsCardOf(goalsCard, goals));
    }

    [Fact]
    public async Task ExpectReplies_BodyIsUtf8Json_WithTextAsWrittenAndTheUsersQuotesStillInsideTheirString()
    {
        const string Title = "\"Senior\" <b>ML</b> Engineer\\";
        var message = Load(TeamsPayloads.PersonalMessage, NewConversation());
        message["deliveryMode"] = DeliveryModes.ExpectReplies;
        // Teams sends what was typed as HTML text: angle brackets and ampersands arrive as entities.
        message["text"] = "goals for " + System.Net.WebUtility.HtmlEncode(Title).Replace("&quot;", "\"", StringComparison.Ordinal);

        var response = await host.PostActivityAsync(message, Token());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains(" — ", raw, StringComparison.Ordinal); // UTF-8 as written, not \u2014
        Assert.Contains("you mean", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", raw, StringComparison.Ordinal); // ' as written
        var card = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(JsonNode.Parse(raw)!["activities"]!.AsArray())!));
        Assert.Contains(PostedCards.Texts(card), text => text.Contains(AdaptiveMarkdown.Escape(Title), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConversationUpdate_AddingTheBot_PostsTheWelcomeCardOnce()
    {
        var conversation = NewConversation();

        await host.PostActivityAsync(Load(TeamsPayloads.ConversationUpdateBotAdded, conversation), Token());

        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.True(PostedCards.IsCardOf(PostedCards.SingleCard(post.Activity), host.Engine.Act(new ActionRequest(ActionVerb.Help))));
    }

    [Fact]
    public async Task ConversationUpdate_AddingSomeoneElse_SaysNothing()
    {
        var conversation = NewConversation();
        var update = Load(TeamsPayloads.ConversationUpdateBotAdded, conversation);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else", ["name"] = "Adele Vance" });

        var replies = await ExpectRepliesAsync(update);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task MessageOver2000Characters_GetsTheFriendlyTooLongAnswer()
    {
        var conversation = NewConversation();
        var message = Load(TeamsPayloads.PersonalMessage, conversation);
        message["text"] = "goals for " + new string('x', 2_000);

        var replies = await ExpectRepliesAsync(message);

        var card = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(replies)!));
        Assert.Contains(AdaptiveMarkdown.Escape(EngineNotices.TooLong), PostedCards.Texts(card));
    }

    [Fact]
    public async Task ActionSubmit_WithAnUnknownVerb_GetsTheHelpCard()
    {
        var conversation = NewConversation();
        var submit = Load(TeamsPayloads.ActionSubmit, conversation);
        submit["value"] = new JsonObject { ["verb"] = "dance", ["profileCode"] = P4 };

        var replies = await ExpectRepliesAsync(submit);

        var card = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(replies)!));
        Assert.True(PostedCards.IsCardOf(card, host.Engine.Act(new ActionRequest(ActionVerb.Help))));
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"verb\": 7}")]
    [InlineData("{\"profileCode\": \"DATASC.AIMACHIN97C0.P4\"}")]
    [InlineData("{\"verb\": \"export\", \"profileCode\": {\"nested\": true}}")]
    public async Task ActionSubmit_WithAMalformedValue_GetsHelpSayingSoAndNever500(string value)
    {
        var conversation = NewConversation();
        var submit = Load(TeamsPayloads.ActionSubmit, conversation);
        submit["value"] = JsonNode.Parse(value);

        var response = await host.PostActivityAsync(submit, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        Assert.Contains(AdaptiveMarkdown.Escape(EngineNotices.UnknownAction), PostedCards.Texts(PostedCards.SingleCard(post.Activity)));
    }

    [Fact]
    public async Task Message_WithChannelDataOfAnUnexpectedShape_IsStillAnswered()
    {
        var conversation = NewConversation();
        var message = Load(TeamsPayloads.PersonalMessage, conversation);
        message["conversation"]!.AsObject().Remove("tenantId");
        message["channelData"] = new JsonObject { ["tenant"] = 5 };

        var replies = await ExpectRepliesAsync(message);

        var card = JsonSerializer.SerializeToElement(PostedCards.SingleCard(Assert.Single(replies)!));
        Assert.True(PostedCards.IsCardOf(card, host.Engine.Ask("goals for Senior ML Engineer")));
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheCardInActivitiesAndPostsNothing()
    {
        var conversation = NewConversation();

        var replies = await ExpectRepliesAsync(Load(TeamsPayloads.PersonalMessage, conversation));

        var reply = Assert.Single(replies)!;
        Assert.Equal(conversation, reply["conversation"]!["id"]!.GetValue<string>());
        var card = JsonSerializer.SerializeToElement(PostedCards.SingleCard(reply));
        Assert.True(PostedCards.IsCardOf(card, host.Engine.Ask("goals for Senior ML Engineer")));
        Assert.Empty(host.StandIns.PostsTo(conversation));
    }

    [Fact]
    public async Task ExpectReplies_Export_ShowsThePreformattedExportNotAFileOffer()
    {
        var conversation = NewConversation();
        var submit = Load(TeamsPayloads.ActionSubmit, conversation);
        submit["value"] = new JsonObject { ["verb"] = "export", ["profileCode"] = P4, ["format"] = "markdown" };

        var replies = await ExpectRepliesAsync(submit);

        var reply = Assert.Single(replies)!;
        var export = Assert.IsType<ExportAnswer>(host.Engine.Act(new ActionRequest(ActionVerb.Export, P4, Format: ExportFormat.Markdown)));
        AssertPreformatted(reply["textFormat"]?.GetValue<string>(), reply["text"]?.GetValue<string>(), reply["attachments"]?.AsArray().Count ?? 0, export);
    }

    /// <summary>
    /// A channel's export: one xml message, the file name as code, then the export in a pre block, only &amp; &lt; &gt;
    /// as entities, so what is shown and copied is the file's text; no card that would collapse its spaces.
    /// </summary>
    internal static void AssertPreformatted(string? textFormat, string? text, int attachments, ExportAnswer export)
    {
        Assert.Equal("xml", textFormat);
        Assert.Equal(0, attachments);
        Assert.NotNull(text);
        var pre = text[(text.IndexOf("<pre>", StringComparison.Ordinal) + "<pre>".Length)..text.LastIndexOf("</pre>", StringComparison.Ordinal)];
        var shown = pre.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Equal(export.Content, shown);
        Assert.Contains("<code>" + export.FileName + "</code>", text, StringComparison.Ordinal);
    }

    private async Task<JsonArray> ExpectRepliesAsync(JsonObject activity)
    {
        activity["deliveryMode"] = DeliveryModes.ExpectReplies;
        var response = await host.PostActivityAsync(activity, Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }

    private JsonObject Load(string payload, string conversation) =>
        TeamsPayloads.Load(payload, host.StandIns.ServiceUrl, conversation);

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
