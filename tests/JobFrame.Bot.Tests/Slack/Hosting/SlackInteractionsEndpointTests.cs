using JobFrame.Bot.Slack.Schema;
using System.Net;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.Hosting;

public sealed class SlackInteractionsEndpointTests
{
    [Fact]
    public async Task PostInteraction_BlockActions_ReachesTheHandlerWithItsStateValues()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostInteractionAsync(BlockActions(host, RecordingSlackHandler.ShareAction));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = Assert.IsType<BlockActionsPayload>(Assert.Single(host.Journal.Interactions));
        var action = Assert.Single(payload.Actions);
        Assert.Equal("answer_actions", action.BlockId);
        Assert.Equal("goals|AIML|P4", action.Value);
        Assert.Equal("2026-03-31", payload.State?.Find("due_date", "due_date_input")?.SelectedDate);
        Assert.Equal("okr", payload.State?.Find("framework", "framework_choice")?.SelectedOption?.Value);
        Assert.Equal("1700000000.000200", payload.Container?.MessageTs);
        Assert.Equal("C2147483705", payload.Channel?.Id);
        Assert.Equal("U2147483697", payload.User?.Id);
    }

    [Fact]
    public async Task PostInteraction_ShareInChannel_RepostsInChannelThroughTheResponseUrlWithoutTheToken()
    {
        await using var host = await SlackHost.StartAsync();

        await host.PostInteractionAsync(BlockActions(host, RecordingSlackHandler.ShareAction));

        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("response/T0001/1234567890", call.Path);
        Assert.Equal("", call.Authorization);
        Assert.Equal("in_channel", (string?)call.Json["response_type"]);
        Assert.Equal("goals|AIML|P4", (string?)call.Json["text"]);
    }

    [Fact]
    public async Task PostInteraction_OpenFillIn_OpensTheModalWithTheTriggerIdAndRemembersTheConversation()
    {
        await using var host = await SlackHost.StartAsync();

        await host.PostInteractionAsync(BlockActions(host, RecordingSlackHandler.OpenFillInAction));

        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("api/views.open", call.Path);
        Assert.Equal("Bearer " + SlackHost.BotToken, call.Authorization);
        Assert.Equal("12466734323.1395872398.8c2bc8f0e7e1d1d0a0e2b1a0a0e2b1a0", (string?)call.Json["trigger_id"]);
        Assert.Equal("fill_in", (string?)call.Json["view"]?["callback_id"]);
        Assert.Equal("C2147483705", (string?)call.Json["view"]?["private_metadata"]);
    }

    [Fact]
    public async Task PostInteraction_ExportCsv_UploadsTheFileInThreeStepsAfterTheAck()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostInteractionAsync(BlockActions(host, RecordingSlackHandler.ExportCsvAction));
        var reserve = await host.StandIn.NextCallAsync();
        var upload = await host.StandIn.NextCallAsync();
        var complete = await host.StandIn.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("api/files.getUploadURLExternal", reserve.Path);
        Assert.Equal("Bearer " + SlackHost.BotToken, reserve.Authorization);
        Assert.Equal("goals.csv", reserve.Form("filename"));
        Assert.Equal("45", reserve.Form("length"));
        Assert.Equal("upload/F0123456789", upload.Path);
        Assert.Equal("", upload.Authorization);
        Assert.Contains("Ship the ranking model,2026-03-31", upload.Text, StringComparison.Ordinal);
        Assert.Equal("api/files.completeUploadExternal", complete.Path);
        Assert.Equal("F0123456789", (string?)complete.Json["files"]?[0]?["id"]);
        Assert.Equal("Goals", (string?)complete.Json["files"]?[0]?["title"]);
        Assert.Equal("C2147483705", (string?)complete.Json["channel_id"]);
    }

    [Fact]
    public async Task PostInteraction_ViewSubmissionWithValidValues_ClosesTheModalAndPostsToItsConversation()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostInteractionAsync(Fixtures.Json("view-submission.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var payload = Assert.IsType<ViewSubmissionPayload>(Assert.Single(host.Journal.Interactions));
        Assert.Equal("fill_in", payload.View.CallbackId);
        Assert.Equal("Ship the ranking model to production", payload.View.State?.Find("goal_text", "goal_text_input")?.Value);
        var call = Assert.Single(host.StandIn.Calls);
        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.Equal("C2147483705", (string?)call.Json["channel"]);
        Assert.Equal("Due 2026-03-31", (string?)call.Json["text"]);
    }

    [Fact]
    public async Task PostInteraction_ViewSubmissionWithABadDate_AnswersErrorsKeyedByBlockId()
    {
        await using var host = await SlackHost.StartAsync();
        var submission = Fixtures.Json("view-submission.json");
        submission["view"]!["state"]!["values"]!["due_date"]!["due_date_input"]!["selected_date"] = "31/03/2026";

        var response = await host.PostInteractionAsync(submission);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)answer["response_action"]);
        Assert.Equal("Use a date like 2026-03-31.", (string?)answer["errors"]?["due_date"]);
        Assert.Empty(host.StandIn.Calls);
    }

    [Fact]
    public async Task PostInteraction_Shortcut_ReachesTheHandler()
    {
        await using var host = await SlackHost.StartAsync();
        var shortcut = new JsonObject
        {
            ["type"] = "shortcut",
            ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
            ["action_ts"] = "1700000020.000001",
            ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "example" },
            ["user"] = new JsonObject { ["id"] = "U2147483697", ["username"] = "steve", ["team_id"] = "T0001" },
            ["callback_id"] = "jobframe_goals",
            ["trigger_id"] = "944799105734.773906753841.38b5894552bdd4a780554ee59d1f3638",
        };

        var response = await host.PostInteractionAsync(shortcut);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = Assert.IsType<ShortcutPayload>(Assert.Single(host.Journal.Interactions));
        Assert.Equal("jobframe_goals", payload.CallbackId);
        Assert.Equal("944799105734.773906753841.38b5894552bdd4a780554ee59d1f3638", payload.TriggerId);
    }

    [Fact]
    public async Task PostInteraction_TypeTheBotDoesNotHandle_IsAcknowledgedWithoutAction()
    {
        await using var host = await SlackHost.StartAsync();
        var closed = new JsonObject { ["type"] = "view_closed", ["user"] = new JsonObject { ["id"] = "U2147483697" } };

        var response = await host.PostInteractionAsync(closed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Journal.Interactions);
    }

    [Fact]
    public async Task PostInteraction_NoPayloadField_Is400()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostSignedAsync("/slack/interactions", "token=abc", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Journal.Interactions);
    }

    private static JsonObject BlockActions(SlackHost host, string actionId)
    {
        var payload = Fixtures.Json("block-actions.json");
        payload["response_url"] = host.StandIn.ResponseUrl.ToString();
        payload["actions"]![0]!["action_id"] = actionId;
        return payload;
    }
}
