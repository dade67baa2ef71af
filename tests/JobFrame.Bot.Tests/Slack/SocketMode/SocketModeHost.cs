using JobFrame.Bot.Slack.Schema;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.SocketMode;

/// <summary>
/// The real host in Socket Mode: an app-level token and no signing secret (so no /slack routes), its Web API stand-in
/// answering apps.connections.open with the socket stand-in's addresses, one per connection the bot will open.
/// </summary>
internal static class SocketModeHost
{
    public const string AppToken = "xapp-1-A123ABC456-2345678901234-0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    /// <summary>Starts the host; it connects at once. <paramref name="connections"/> is how many addresses the stand-in hands out.</summary>
    public static async Task<SlackHost> StartAsync(SlackSocketStandIn socket, bool recordingHandler = false, int connections = 3)
    {
        var host = await SlackHost.StartAsync(
            signingSecret: null,
            settings: new Dictionary<string, string> { ["Slack:AppToken"] = AppToken },
            recordingHandler: recordingHandler);
        for (var number = 1; number <= connections; number++)
        {
            host.StandIn.ScriptNext(
                "api/apps.connections.open",
                new StandInReply(200, new JsonObject { ["ok"] = true, ["url"] = socket.LinkUrl(number).ToString() }));
        }

        _ = host.Services;
        return host;
    }

    /// <summary>A slash command's payload as Socket Mode delivers it: the request URL's form fields as a JSON object of strings.</summary>
    public static JsonObject SlashCommand(string text) => new()
    {
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
        ["team_id"] = "T0001",
        ["team_domain"] = "example",
        ["channel_id"] = "C2147483705",
        ["channel_name"] = "people-managers",
        ["user_id"] = "U2147483697",
        ["user_name"] = "Steve",
        ["command"] = "/jobframe",
        ["text"] = text,
        ["api_app_id"] = "A123ABC456",
        ["is_enterprise_install"] = "false",
        ["response_url"] = "https://hooks.slack.com/commands/T0001/1234/5678",
        ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
    };
}
