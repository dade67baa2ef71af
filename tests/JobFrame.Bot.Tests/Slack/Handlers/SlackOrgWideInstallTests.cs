using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

/// <summary>
/// An org-wide install on Enterprise Grid: events and commands from any workspace of the organisation carry the
/// workspace's team id, the organisation's enterprise id and is_enterprise_install, and are answered where they were asked.
/// </summary>
public sealed class SlackOrgWideInstallTests
{
    [Fact]
    public async Task DirectMessageFromAWorkspaceOfTheOrganisation_IsAnsweredInItsConversation()
    {
        await using var host = await SlackBotWire.StartAsync();
        var expected = Assert.IsType<LevelAnswer>(SlackBotWire.Engine(host).Ask("level Senior ML Engineer"));
        var direct = Fixtures.Json("message-im.json");
        direct["team_id"] = "T0WORKSPACE2";
        direct["enterprise_id"] = "E0ORG0001";
        direct["is_ext_shared_channel"] = false;
        direct["event"]!["text"] = "level Senior ML Engineer";
        direct["authorizations"] = new JsonArray
        {
            new JsonObject
            {
                ["enterprise_id"] = "E0ORG0001",
                ["team_id"] = null,
                ["user_id"] = "U0LAN0Z89",
                ["is_bot"] = true,
                ["is_enterprise_install"] = true,
            },
        };

        var response = await host.PostEventAsync(direct);
        var reply = await host.StandIn.NextCallAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("api/chat.postMessage", reply.Path);
        Assert.Equal("D024BE91L", (string?)reply.Json["channel"]);
        Assert.Contains(SlackBotWire.Strings(reply.Json["blocks"]), s => s.Contains(expected.Level.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommandOfAnOrgWideInstall_IsAnswered()
    {
        await using var host = await SlackBotWire.StartAsync();
        var body = Fixtures.Text("slash-command.txt").Replace("text=goals+Senior+ML+Engineer+%3C%21channel%3E", "text=level+P3", StringComparison.Ordinal)
            + "&is_enterprise_install=true";

        var response = await host.PostCommandAsync(body);
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(message["blocks"]);
    }
}
