using JobFrame.Bot.Slack.Schema;
using System.Net;
using System.Text.Json.Nodes;
using JobFrame.Bot.Tests.Slack.Handlers;
using JobFrame.Engine.Answers;
using JobFrame.Bot.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Tests.Slack.SocketMode;

/// <summary>
/// Socket Mode end to end: the real host with an app-level token connects out to the local stand-in of Slack's side,
/// and answers over the WebSocket with the same handlers as the HTTP request URLs.
/// </summary>
public sealed class SocketModeTests
{
    [Fact]
    public async Task TheBot_OpensAConnectionWithTheAppToken()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket);

        var open = await host.StandIn.NextCallAsync();
        var link = await socket.NextLinkAsync();

        Assert.Equal("api/apps.connections.open", open.Path);
        Assert.Equal("Bearer " + SocketModeHost.AppToken, open.Authorization);
        Assert.Equal(1, link.Number);
    }

    [Fact]
    public async Task SlashCommand_IsAnsweredInTheAcknowledgementOfItsEnvelope()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket);
        var expected = Assert.IsType<GoalsAnswer>(SlackBotWire.Engine(host).Ask("goals for Senior ML Engineer"));
        var link = await socket.NextLinkAsync();

        var envelopeId = await link.SendEnvelopeAsync("slash_commands", SocketModeHost.SlashCommand("goals Senior ML Engineer"), acceptsResponsePayload: true);
        var acknowledgement = await link.ReceiveAsync();

        Assert.Equal(envelopeId, (string?)acknowledgement["envelope_id"]);
        var message = acknowledgement["payload"]!.AsObject();
        Assert.Equal("ephemeral", (string?)message["response_type"]);
        Assert.Contains(expected.Profile.Focus, SlackBotWire.Strings(message["blocks"]));
    }

    [Fact]
    public async Task DirectMessage_IsAcknowledgedAndAnsweredInTheConversation()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket);
        var expected = Assert.IsType<LevelAnswer>(SlackBotWire.Engine(host).Ask("level Senior ML Engineer"));
        var link = await socket.NextLinkAsync();
        await host.StandIn.NextCallAsync();
        var direct = Fixtures.Json("message-im.json");
        direct["event"]!["text"] = "level Senior ML Engineer";

        var envelopeId = await link.SendEnvelopeAsync("events_api", direct, acceptsResponsePayload: false);
        var acknowledgement = await link.ReceiveAsync();
        var reply = await host.StandIn.NextCallAsync();

        Assert.Equal(new JsonObject { ["envelope_id"] = envelopeId }.ToJsonString(), acknowledgement.ToJsonString());
        Assert.Equal("api/chat.postMessage", reply.Path);
        Assert.Equal("Bearer " + SlackHost.BotToken, reply.Authorization);
        Assert.Equal("D024BE91L", (string?)reply.Json["channel"]);
        Assert.Contains(SlackBotWire.Strings(reply.Json["blocks"]), s => s.Contains(expected.Level.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEventDeliveredAgain_IsAcknowledgedAgainButAnsweredOnce()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket, recordingHandler: true);
        var link = await socket.NextLinkAsync();
        var direct = Fixtures.Json("message-im.json");

        var first = await link.SendEnvelopeAsync("events_api", direct, acceptsResponsePayload: false);
        Assert.Equal(first, (string?)(await link.ReceiveAsync())["envelope_id"]);
        await host.Journal.NextHandledEventAsync();
        var retry = await link.SendEnvelopeAsync("events_api", direct.DeepClone().AsObject(), acceptsResponsePayload: false, retryAttempt: 1);
        Assert.Equal(retry, (string?)(await link.ReceiveAsync())["envelope_id"]);

        Assert.Single(host.Journal.MessageEvents);
    }

    [Fact]
    public async Task Interaction_ReachesTheSameHandlerAndIsAcknowledged()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket, recordingHandler: true);
        var link = await socket.NextLinkAsync();
        await host.StandIn.NextCallAsync();
        var share = Fixtures.Json("block-actions.json");
        share["response_url"] = host.StandIn.ResponseUrl.ToString();

        var envelopeId = await link.SendEnvelopeAsync("interactive", share, acceptsResponsePayload: false);
        var acknowledgement = await link.ReceiveAsync();
        var shared = await host.StandIn.NextCallAsync();

        Assert.Equal(envelopeId, (string?)acknowledgement["envelope_id"]);
        Assert.IsType<BlockActionsPayload>(Assert.Single(host.Journal.Interactions));
        Assert.Equal(new Uri(host.StandIn.ResponseUrl.AbsolutePath, UriKind.Relative).ToString().TrimStart('/'), shared.Path);
        Assert.Equal("in_channel", (string?)shared.Json["response_type"]);
    }

    [Fact]
    public async Task Disconnect_OpensANewConnectionThatAnswers()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket);
        var first = await socket.NextLinkAsync();

        await first.SendDisconnectAsync("refresh_requested");
        var second = await socket.NextLinkAsync();
        first.Drop();
        var envelopeId = await second.SendEnvelopeAsync("slash_commands", SocketModeHost.SlashCommand("level P3"), acceptsResponsePayload: true);
        var acknowledgement = await second.ReceiveAsync();

        Assert.Equal(2, second.Number);
        Assert.Equal(envelopeId, (string?)acknowledgement["envelope_id"]);
        Assert.NotNull(acknowledgement["payload"]?["blocks"]);
        Assert.Equal(2, host.StandIn.CallsTo("api/apps.connections.open").Count);
    }

    [Fact]
    public async Task ADroppedConnection_IsReplacedAtOnce()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket);
        var first = await socket.NextLinkAsync();

        first.Drop();
        var second = await socket.NextLinkAsync();
        var envelopeId = await second.SendEnvelopeAsync("slash_commands", SocketModeHost.SlashCommand("help"), acceptsResponsePayload: true);

        Assert.Equal(envelopeId, (string?)(await second.ReceiveAsync())["envelope_id"]);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public async Task InSocketMode_NoSlackRouteIsServed()
    {
        await using var socket = await SlackSocketStandIn.StartAsync();
        await using var host = await SocketModeHost.StartAsync(socket);
        await socket.NextLinkAsync();

        using var response = await host.PostCommandAsync("command=%2Fjobframe&text=help");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ABotTokenGivenAsTheAppToken_IsRefusedNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:AppToken"] = SlackHost.BotToken })
            .Build();
        using var services = new ServiceCollection().AddSlackSocketMode(configuration).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SlackSocketModeOptions>>().Value);

        Assert.Contains("Slack:AppToken must be an app-level token", failure.Message, StringComparison.Ordinal);
    }
}
