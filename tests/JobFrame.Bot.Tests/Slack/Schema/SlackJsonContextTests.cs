using JobFrame.Bot.Http;
using JobFrame.Bot.Slack.Schema;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.Schema;

/// <summary>The wire shapes Slack reads: snake_case names, absent rather than null, Block Kit JSON passed through untouched.</summary>
public sealed class SlackJsonContextTests
{
    private static readonly JsonElement Blocks = JsonDocument.Parse(
        """[{"type":"section","block_id":"level_bar","text":{"type":"mrkdwn","text":"*P4*"}}]""").RootElement;

    [Fact]
    public void Serialize_MessageWithBlocks_CarriesTheBlocksUnchangedAndOmitsUnsetFields()
    {
        var message = new SlackMessage { ResponseType = SlackResponseType.InChannel, Text = "P4", Blocks = JsonPayload.From(Blocks), ReplaceOriginal = false };

        var json = JsonNode.Parse(JsonSerializer.Serialize(message, SlackJsonContext.Default.SlackMessage))!.AsObject();

        Assert.Equal("in_channel", (string?)json["response_type"]);
        Assert.False((bool?)json["replace_original"]);
        Assert.False(json.ContainsKey("delete_original"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Blocks.GetRawText()), json["blocks"]));
    }

    [Fact]
    public void Serialize_ViewSubmissionUpdate_NamesTheActionAndCarriesTheView()
    {
        var view = JsonDocument.Parse("""{"type":"modal","callback_id":"fill_in"}""").RootElement;

        var json = JsonNode.Parse(JsonSerializer.Serialize(ViewSubmissionResponse.Update(JsonPayload.From(view)), SlackJsonContext.Default.ViewSubmissionResponse))!.AsObject();

        Assert.Equal("update", (string?)json["response_action"]);
        Assert.Equal("fill_in", (string?)json["view"]?["callback_id"]);
        Assert.False(json.ContainsKey("errors"));
    }

    [Fact]
    public void Serialize_ViewSubmissionClear_IsOnlyTheAction()
    {
        var json = JsonSerializer.Serialize(ViewSubmissionResponse.Clear(), SlackJsonContext.Default.ViewSubmissionResponse);

        Assert.Equal("""{"response_action":"clear"}""", json);
    }

    [Fact]
    public void Deserialize_InteractionWithTypeNotFirst_StillFindsItsType()
    {
        var payload = JsonSerializer.Deserialize(
            """{"trigger_id":"1.2.3","view":{"callback_id":"fill_in"},"type":"view_submission"}""",
            SlackJsonContext.Default.SlackInteractionPayload);

        var submission = Assert.IsType<ViewSubmissionPayload>(payload);
        Assert.Equal("fill_in", submission.View.CallbackId);
    }
}
