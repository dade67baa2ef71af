using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>
/// Every activity the bot sends stays within the 40,000 bytes Teams measures (the JSON as sent, counted as UTF-16),
/// even for the largest export with every fill-in used to its limit, in any script; and text goes out as itself.
/// </summary>
public sealed class TeamsMessageSizeTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    private const string P4 = "DATASC.AIMACHIN97C0.P4";

    public static TheoryData<string, string> Scripts() => new()
    {
        { "markdown", "Quarterly target: ship the ranking model to 99.9% of traffic, with review notes. " },
        { "markdown", "四半期の目標：ランキングモデルを全トラフィックに展開し、レビューの記録を残す。" },
        { "text", "هدف الربع: نشر نموذج الترتيب على كل الزيارات مع ملاحظات المراجعة. " },
        { "csv", "Цель квартала: запустить модель ранжирования на весь трафик. " },
        { "markdown", "\"*_`\\<>&[]# 🚀 " },
        { "text", "四半期の目標：ランキングモデルを全トラフィックに展開し、レビューの記録を残す。" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task LargestExportWithEveryFillInAtItsLimit_IsPostedInMessagesWithinTheLimit(string format, string script)
    {
        var conversation = NewConversation();
        var (profile, values) = LargestFilledExport(format, script);
        var submit = TeamsPayloads.Load(TeamsPayloads.ActionSubmit, host.StandIns.ServiceUrl, conversation);
        submit["conversation"]!["conversationType"] = ConversationTypes.Channel;
        submit["value"] = values;

        var response = await host.PostActivityAsync(submit, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var frames = Assert.IsType<GoalsAnswer>(host.Engine.Act(new ActionRequest(ActionVerb.Goals, profile))).Frames.Frames;
        var whole = Assert.IsType<ExportAnswer>(host.Engine.Act(ExportRequest(profile, format, values, frame: null)));
        var posts = await host.StandIns.WaitForPostsAsync(conversation, 1);
        if (!PostedCards.IsCardOf(PostedCards.SingleCard(posts[0].Activity), whole))
        {
            // Too large for one message: each frame's own export, in order, cut at line ends where one card cannot hold it.
            var parts = frames.Select(f => host.Engine.Act(ExportRequest(profile, format, values, f.Kind.Key()))).ToList();
            var expected = string.Join("\n\n", parts.SelectMany(part => ExportText(PostedCards.Render(part))));
            posts = await WaitForTextAsync(conversation, expected);
            Assert.All(posts, post => Assert.StartsWith(whole.FileName.Split('-')[0], post.Activity.Summary, StringComparison.Ordinal));
        }

        foreach (var post in posts)
        {
            var json = Encoding.UTF8.GetString(post.Body);
            Assert.True(json.Length * 2 <= 40_000, $"{json.Length * 2} bytes as UTF-16");
            Assert.Equal("application/json; charset=utf-8", post.ContentType);
            Assert.DoesNotContain("\\u30", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u2014", json, StringComparison.Ordinal);
        }

        var sent = string.Join('\n', posts.Select(p => Encoding.UTF8.GetString(p.Body)));
        // Letters of any script travel as themselves, never as \uXXXX escapes.
        var letters = new string([.. script.TakeWhile(char.IsLetter)]);
        Assert.True(letters.Length == 0 || sent.Contains(letters, StringComparison.Ordinal), $"'{letters}' is not in the JSON as itself");
    }

    [Fact]
    public async Task ExportOnACardInAChatWithoutTheBot_ComesBackInTheInvokeResponseAndIsNeverSaidToBePosted()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@unq.gbl.spaces";
        host.StandIns.Script(conversation, ScriptedResponse.BotNotInConversationRoster);
        var invoke = Invoke(conversation, new JsonObject { ["verb"] = "export", ["profileCode"] = P4, ["format"] = "markdown" });

        var response = await host.PostActivityAsync(invoke, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body.RootElement.GetProperty("type").GetString());
        var export = host.Engine.Act(new ActionRequest(ActionVerb.Export, P4, Format: ExportFormat.Markdown));
        Assert.True(PostedCards.IsCardOf(body.RootElement.GetProperty("value"), export, BotActionKind.Execute));
        Assert.DoesNotContain("posted", body.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var attempt = Assert.Single(host.StandIns.PostsTo(conversation));
        Assert.Equal(403, attempt.AnsweredStatus);
    }

    [Fact]
    public async Task ExportOnACardInAChatWithoutTheBot_TooLargeForTheCard_SaysSoPlainly()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@unq.gbl.spaces";
        var (profile, values) = LargestFilledExport("markdown", "四半期の目標：ランキングモデルを全トラフィックに展開し、レビューの記録を残す。");
        host.StandIns.Script(conversation, ScriptedResponse.BotNotInConversationRoster);
        values["profileCode"] = profile;

        var response = await host.PostActivityAsync(Invoke(conversation, values), Token());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal(
            "I couldn't post the export in this conversation, and it is too large to show on this card. "
            + "Export one frame at a time, or ask me in a personal chat, where I can send it as a file.",
            body.RootElement.GetProperty("value").GetString());
        Assert.True(Encoding.UTF8.GetCharCount(Encoding.UTF8.GetBytes(body.RootElement.GetRawText())) * 2 <= 40_000);
    }

    [Fact]
    public async Task ExportOnACardWhereTheBotIsAMember_IsPostedAndSaysSo()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.v2";
        var invoke = Invoke(conversation, new JsonObject { ["verb"] = "export", ["profileCode"] = P4, ["format"] = "text" });
        invoke["conversation"]!["conversationType"] = ConversationTypes.GroupChat;

        var response = await host.PostActivityAsync(invoke, Token());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Your export is posted in this conversation.", body.RootElement.GetProperty("value").GetString());
        var post = Assert.Single(host.StandIns.PostsTo(conversation));
        Assert.Equal(200, post.AnsweredStatus);
    }

    [Fact]
    public async Task ReplyTeamsStillRefusesAsTooLarge_IsFollowedByASentenceSayingSoAndPointingToTheFile()
    {
        var conversation = NewConversation();
        host.StandIns.Script(conversation, new ScriptedResponse(
            413, Body: "{\"error\":{\"code\":\"MessageSizeTooBig\",\"message\":\"Message size too big.\"}}"));

        await host.PostActivityAsync(TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation), Token());

        var posts = await host.StandIns.WaitForPostsAsync(conversation, 2);
        Assert.Equal(413, posts[0].AnsweredStatus);
        Assert.Equal(200, posts[1].AnsweredStatus);
        Assert.Empty(posts[1].Activity.Attachments ?? []);
        Assert.Equal(
            "Teams refused to show that answer here because it is too large for one message. Use Export as Markdown or CSV "
            + "to get it as a file: in a personal chat with me it arrives as a file you can save.",
            posts[1].Activity.Text);
        Assert.Equal(posts[0].ReplyToId, posts[1].ReplyToId);
    }

    /// <summary>The profile whose export in <paramref name="format"/> is largest with every slot filled to 200 characters of <paramref name="script"/>.</summary>
    private (string Profile, JsonObject Values) LargestFilledExport(string format, string script)
    {
        var fill = string.Concat(Enumerable.Repeat(script, 1 + (200 / script.Length)))[..200].TrimEnd();
        if (char.IsHighSurrogate(fill[^1]))
        {
            fill = fill[..^1];
        }

        return host.Engine.Canon.Profiles
            .Select(p => host.Engine.Act(new ActionRequest(ActionVerb.Goals, p.Code)))
            .OfType<GoalsAnswer>()
            .Select(goals => (goals.Profile.Code, Values: Filled(goals, format, fill)))
            .MaxBy(x => ((ExportAnswer)host.Engine.Act(ExportRequest(x.Code, format, x.Values, null))).Content.Length);
    }

    private static JsonObject Filled(GoalsAnswer goals, string format, string fill)
    {
        var values = new JsonObject { ["verb"] = "export", ["profileCode"] = goals.Profile.Code, ["format"] = format };
        foreach (var unit in goals.Frames.Frames.SelectMany(f => f.Rows).SelectMany(r => r.Units))
        {
            foreach (var (slot, name) in new[] { (Placeholders.Baseline, "baseline"), (Placeholders.Target, "target"), (Placeholders.Date, "date") })
            {
                if ((unit.Placeholders & slot) != 0)
                {
                    values[unit.Id + "." + name] = fill;
                }
            }
        }

        return values;
    }

    private static ActionRequest ExportRequest(string profile, string format, JsonObject values, string? frame)
    {
        Assert.True(ExportFormats.TryParse(format, out var exportFormat));
        var pairs = values.Where(v => v.Key.Contains('.', StringComparison.Ordinal)).Select(v => v.Key + "=" + (string?)v.Value);
        FrameKind? kind = frame is null ? null : FrameKinds.TryParse(frame, out var parsed) ? parsed : null;
        return new ActionRequest(ActionVerb.Export, profile, Frame: kind, Format: exportFormat, Fills: FilledValues.Parse(pairs));
    }

    /// <summary>Waits until the posted export cards, read in order, hold <paramref name="expected"/>; fails on anything else.</summary>
    private async Task<IReadOnlyList<RecordedPost>> WaitForTextAsync(string conversation, string expected)
    {
        for (var count = 1; ; count++)
        {
            var posts = await host.StandIns.WaitForPostsAsync(conversation, count);
            var text = string.Join("\n\n", posts.SelectMany(p => ExportText(PostedCards.SingleCard(p.Activity))));
            if (text == expected)
            {
                return posts;
            }

            Assert.StartsWith(text, expected, StringComparison.Ordinal);
        }
    }

    /// <summary>An export card's text blocks after its title and subtitle: the export's own text.</summary>
    private static IEnumerable<string> ExportText(JsonElement card) => PostedCards.Texts(card).Skip(2);

    private JsonObject Invoke(string conversation, JsonObject data)
    {
        var invoke = TeamsPayloads.Load(TeamsPayloads.AdaptiveCardActionInvoke, host.StandIns.ServiceUrl, conversation);
        invoke["conversation"]!["conversationType"] = ConversationTypes.Personal;
        invoke["value"]!["action"]!["verb"] = "export";
        invoke["value"]!["action"]!["data"] = data;
        return invoke;
    }

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
