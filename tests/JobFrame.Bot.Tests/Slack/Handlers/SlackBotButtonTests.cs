using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackBotButtonTests
{
    private const string Question = "goals Senior ML Engineer";

    [Fact]
    public async Task ExportAsText_InAThread_PostsACodeBlockMessageInThatThread()
    {
        await using var host = await SlackBotWire.StartAsync();
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "export.text"), ephemeral: false, threadTs: "1699999999.000100");
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal(SlackBotWire.Channel, (string?)call.Json["channel"]);
        Assert.Equal("1699999999.000100", (string?)call.Json["thread_ts"]);
        Assert.Contains(SlackBotWire.Strings(call.Json["blocks"]), s => s.StartsWith("```\n", StringComparison.Ordinal) && s.EndsWith("\n```", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAsText_InTheEphemeralAnswer_RepliesEphemerallyThroughTheResponseUrl()
    {
        await using var host = await SlackBotWire.StartAsync();
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "export.text"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.Equal("ephemeral", (string?)call.Json["response_type"]);
        Assert.Contains(SlackBotWire.Strings(call.Json["blocks"]), s => s.StartsWith("```\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportAsCsv_UploadsTheExactCsvBytesWithTheMessagesFilledInValuesInThreeSteps()
    {
        await using var host = await SlackBotWire.StartAsync();
        var engine = SlackBotWire.Engine(host);
        var goals = Assert.IsType<GoalsAnswer>(engine.Ask(Question));
        var firstRow = goals.Frames.Frames[0].Rows.First().Units[0].Id;
        var state = new JsonObject
        {
            [firstRow + ".baseline"] = new JsonObject
            {
                [firstRow + ".baseline"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "12% of models, \"ranked\"" },
            },
        };
        var expected = Assert.IsType<ExportAnswer>(engine.Act(new ActionRequest(
            ActionVerb.Export, goals.Profile.Code, Format: ExportFormat.Csv,
            Fills: FilledValues.Empty.With(firstRow, Placeholders.Baseline, "12% of models, \"ranked\""))));
        var answer = await SlackBotWire.SlashAsync(host, Question);

        // Pressed on the answer once shared in the channel; from the private answer the file goes to a direct message instead.
        var response = await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "export.csv"), ephemeral: false, stateValues: state);
        var reserve = await host.StandIn.NextCallAsync();
        var upload = await host.StandIn.NextCallAsync();
        var complete = await host.StandIn.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = GoalFramesExport.Encode(expected.Content, ExportFormat.Csv);
        Assert.Equal("api/files.getUploadURLExternal", reserve.Path);
        Assert.Equal(expected.FileName, reserve.Form("filename"));
        Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), reserve.Form("length"));
        Assert.Equal("upload/F0123456789", upload.Path);
        Assert.Equal(bytes, await UploadedFileAsync(upload));
        Assert.Contains("12% of models", expected.Content, StringComparison.Ordinal);
        Assert.Equal("api/files.completeUploadExternal", complete.Path);
        Assert.Equal(SlackBotWire.Channel, (string?)complete.Json["channel_id"]);
    }

    [Fact]
    public async Task ExportAsCsv_WithoutBotToken_SaysPlainlyThatTheTokenIsNotConfigured()
    {
        await using var host = await SlackBotWire.StartAsync(botToken: null);
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "export.csv"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.Equal("ephemeral", (string?)call.Json["response_type"]);
        Assert.Contains("Slack:BotToken", (string?)call.Json["text"], StringComparison.Ordinal);
        Assert.Single(host.StandIn.Calls);
    }

    [Fact]
    public async Task CandidatePick_AnswersWithThatCandidatesGoals()
    {
        await using var host = await SlackBotWire.StartAsync();
        var review = Assert.IsType<NeedsReviewAnswer>(SlackBotWire.Engine(host).Ask("ML Engineer"));
        var candidate = review.Candidates[1].Profile;
        var answer = await SlackBotWire.SlashAsync(host, "ML Engineer");

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "choose.2"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("response/T0001/1234567890", call.Path);
        var expected = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Act(new ActionRequest(ActionVerb.Goals, candidate.Code)));
        Assert.Contains(expected.Profile.Focus, SlackBotWire.Strings(call.Json["blocks"]));
        Assert.Contains(SlackBotWire.Strings(call.Json["blocks"]), s => s.Contains(JobFrame.Cards.BlockKit.Mrkdwn.Escape(expected.Frames.HeaderLine), StringComparison.Ordinal));
    }

    [Fact]
    public async Task LevelDetails_AnswersWithTheLevel()
    {
        await using var host = await SlackBotWire.StartAsync();
        var goals = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Ask(Question));
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "level"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Contains(SlackBotWire.Strings(call.Json["blocks"]), s => s.Contains(goals.Profile.Level.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShowOkrs_AnswersWithTheOkrFrameInView()
    {
        await using var host = await SlackBotWire.StartAsync();
        var goals = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Ask(Question));
        var okr = goals.Frames.Find(FrameKind.Okr)!;
        var answer = await SlackBotWire.SlashAsync(host, Question);

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "goals.frame.okr"));
        var call = await host.StandIn.NextCallAsync();

        var strings = SlackBotWire.Strings(call.Json["blocks"]);
        Assert.Contains(strings, s => s.Contains(JobFrame.Cards.BlockKit.Mrkdwn.Escape(okr.Rows.First().CanonText), StringComparison.Ordinal));
        Assert.Contains(SlackBotWire.Buttons(call.Json), b => (string?)b["action_id"] == "goals.fill.okr");
    }

    [Fact]
    public async Task CompareWithPreviousLevel_AnswersWithBothLevels()
    {
        await using var host = await SlackBotWire.StartAsync();
        var level = Assert.IsType<LevelAnswer>(SlackBotWire.Engine(host).Ask("level Senior ML Engineer"));
        var answer = await SlackBotWire.SlashAsync(host, "level Senior ML Engineer");

        await SlackBotWire.PressAsync(host, SlackBotWire.Button(answer, "compare.previous"));
        var call = await host.StandIn.NextCallAsync();

        var header = Assert.Single(SlackBotWire.Blocks(call.Json), b => (string?)b["type"] == "header");
        Assert.Equal(level.PreviousLevel!.DisplayName + "  →  " + level.Level.DisplayName, (string?)header["text"]?["text"]);
        Assert.Contains(SlackBotWire.Buttons(call.Json), b => (string?)b["action_id"] == "level.right");
    }

    [Fact]
    public async Task ABrokenButtonValue_IsAnsweredKindlyWithoutA500OrItsTextInTheLog()
    {
        await using var host = await SlackBotWire.StartAsync();
        var button = new JsonObject { ["action_id"] = "export.csv", ["value"] = "{\"verb\": <@U123> not a payload" };

        var response = await SlackBotWire.PressAsync(host, button);
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.StartsWith("Sorry", (string?)call.Json["text"], StringComparison.Ordinal);
        var logged = Assert.Single(host.Logs.GetSnapshot(), e => e.Id.Id == 5140);
        Assert.DoesNotContain("U123", logged.Message, StringComparison.Ordinal);
        Assert.Null(logged.Exception);
    }

    [Fact]
    public async Task TheLargestAnswerInTheCanon_StaysWithinBlockKitLimitsOnTheWire()
    {
        await using var host = await SlackBotWire.StartAsync();
        var engine = SlackBotWire.Engine(host);
        var largest = engine.Canon.Profiles
            .SelectMany(p => new[] { Payload(CardVerbs.Goals, p.Code), Payload(CardVerbs.Role, p.Code), Payload(CardVerbs.Level, p.Code) })
            .MaxBy(data => BlockKitSizes.Of(CardActionReader.Answer(engine, data)))!;
        var button = new JsonObject { ["action_id"] = "goals", ["value"] = ButtonValues.Write(largest) };

        await SlackBotWire.PressAsync(host, button);
        var call = await host.StandIn.NextCallAsync();

        BlockKitSizes.AssertWithinMessageLimits(call.Json);
        Assert.Contains(SlackBotWire.Buttons(call.Json), b => (string?)b["action_id"] == "share");
    }

    private static CardActionData Payload(string verb, string profileCode) => new() { Verb = verb, ProfileCode = profileCode };

    private static async Task<byte[]> UploadedFileAsync(StandInCall upload)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(upload.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(upload.Body));
        var section = await reader.ReadNextSectionAsync();
        Assert.NotNull(section);
        using var file = new MemoryStream();
        await section.Body.CopyToAsync(file);
        return file.ToArray();
    }
}
