using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Engine.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Slack.Handlers;

/// <summary>
/// Slack's requests to the bot with its real handler, in Slack's payload shapes, and readers for what the bot sent
/// back: the response body, the stand-in's recorded calls, the buttons in a message.
/// </summary>
internal static class SlackBotWire
{
    public const string Channel = "C2147483705";
    public const string MessageTs = "1700000000.000200";
    public const string TriggerId = "12466734323.1395872398.8c2bc8f0e7e1d1d0a0e2b1a0a0e2b1a0";

    public static Task<SlackHost> StartAsync(string? botToken = SlackHost.BotToken) =>
        SlackHost.StartAsync(botToken: botToken, recordingHandler: false);

    public static JobFrameEngine Engine(SlackHost host) => host.Services.GetRequiredService<JobFrameEngine>();

    /// <summary>Runs <c>/jobframe &lt;text&gt;</c> and returns the message the bot answered with.</summary>
    public static async Task<JsonObject> SlashAsync(SlackHost host, string text)
    {
        var body = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=" + Channel
            + "&channel_name=people-managers&user_id=U2147483697&user_name=Steve&command=%2Fjobframe&text=" + Uri.EscapeDataString(text)
            + "&response_url=" + Uri.EscapeDataString(host.StandIn.ResponseUrl.ToString())
            + "&trigger_id=" + Uri.EscapeDataString(TriggerId) + "&api_app_id=A123456";
        var response = await host.PostCommandAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Presses <paramref name="button"/> as Slack reports it: in the ephemeral answer, or in a thread of the channel.</summary>
    public static async Task<HttpResponseMessage> PressAsync(
        SlackHost host, JsonObject button, bool ephemeral = true, string? threadTs = null, JsonObject? stateValues = null)
    {
        var container = new JsonObject
        {
            ["type"] = "message",
            ["message_ts"] = MessageTs,
            ["channel_id"] = Channel,
            ["is_ephemeral"] = ephemeral,
        };
        if (threadTs is not null)
        {
            container["thread_ts"] = threadTs;
        }

        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U2147483697", ["username"] = "steve", ["team_id"] = "T0001" },
            ["api_app_id"] = "A123456",
            ["container"] = container,
            ["trigger_id"] = TriggerId,
            ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "example" },
            ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "people-managers" },
            ["state"] = new JsonObject { ["values"] = stateValues ?? [] },
            ["response_url"] = host.StandIn.ResponseUrl.ToString(),
            ["actions"] = new JsonArray { Pressed(button, "1700000010.123456") },
        };
        return await host.PostInteractionAsync(payload);
    }

    /// <summary>
    /// Presses <paramref name="button"/> inside a modal (<paramref name="view"/>, as the bot last drew it), as Slack
    /// reports it: a <c>view</c> container, no channel and no response_url.
    /// </summary>
    public static Task<HttpResponseMessage> PressInModalAsync(SlackHost host, JsonObject button, JsonNode? view = null) =>
        host.PostInteractionAsync(new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U2147483697", ["username"] = "steve", ["team_id"] = "T0001" },
            ["api_app_id"] = "A123456",
            ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
            ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V0LOOKUP01" },
            ["trigger_id"] = TriggerId,
            ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "example" },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["view"] = new JsonObject
            {
                ["id"] = "V0LOOKUP01",
                ["team_id"] = "T0001",
                ["type"] = "modal",
                ["callback_id"] = (string?)view?["callback_id"] ?? "lookup.answer",
                ["private_metadata"] = (string?)view?["private_metadata"] ?? "",
                ["state"] = new JsonObject { ["values"] = new JsonObject() },
                ["hash"] = "156772938.1827394",
                ["root_view_id"] = "V0LOOKUP01",
                ["app_id"] = "A123456",
            },
            ["actions"] = new JsonArray { Pressed(button, "1700000030.123456") },
        });

    /// <summary>
    /// Submits the lookup modal with <paramref name="title"/> typed and <paramref name="conversation"/> picked (null:
    /// none picked), in the <c>state.values</c> shape of its two inputs.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitLookupAsync(SlackHost host, string title, string? conversation)
    {
        var state = new JsonObject
        {
            ["title"] = new JsonObject { ["title"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = title } },
            ["conversation"] = new JsonObject
            {
                ["conversation"] = new JsonObject { ["type"] = "conversations_select", ["selected_conversation"] = conversation },
            },
        };
        return SubmitAsync(host, new JsonObject { ["callback_id"] = "lookup" }, state);
    }

    /// <summary>Submits a view with the given <c>state.values</c>, as Slack does when the user presses the submit button.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(SlackHost host, JsonObject view, JsonObject stateValues) =>
        host.PostInteractionAsync(new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T0001", ["domain"] = "example" },
            ["user"] = new JsonObject { ["id"] = "U2147483697", ["username"] = "steve", ["team_id"] = "T0001" },
            ["api_app_id"] = "A123456",
            ["trigger_id"] = "12466734323.1395872398.ad3b0f8a5d1d2c5e7c8f",
            ["view"] = new JsonObject
            {
                ["id"] = "V0123456789",
                ["type"] = "modal",
                ["callback_id"] = (string?)view["callback_id"],
                ["private_metadata"] = (string?)view["private_metadata"],
                ["state"] = new JsonObject { ["values"] = stateValues },
                ["hash"] = "156772938.1827394",
            },
        });

    public static IEnumerable<JsonObject> Blocks(JsonNode message) =>
        message["blocks"]!.AsArray().Select(b => b!.AsObject());

    public static IEnumerable<JsonObject> Buttons(JsonNode message) =>
        Blocks(message).Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray()).Select(e => e!.AsObject());

    public static JsonObject Button(JsonNode message, string actionId) =>
        Buttons(message).FirstOrDefault(b => (string?)b["action_id"] == actionId)
        ?? throw new Xunit.Sdk.XunitException($"No button '{actionId}' in: {string.Join(", ", Buttons(message).Select(b => (string?)b["action_id"]))}");

    /// <summary>Every string value in the JSON, decoded: what Slack would read as text.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? node)
    {
        var strings = new List<string>();
        Collect(node, strings);
        return strings;
    }

    // One pressed button as a block_actions payload lists it under "actions".
    private static JsonObject Pressed(JsonObject button, string actionTs) => new()
    {
        ["action_id"] = (string?)button["action_id"],
        ["block_id"] = "b1",
        ["text"] = button["text"]?.DeepClone(),
        ["value"] = (string?)button["value"],
        ["type"] = "button",
        ["action_ts"] = actionTs,
    };

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, strings);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, strings);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                strings.Add(text);
                break;
        }
    }
}
