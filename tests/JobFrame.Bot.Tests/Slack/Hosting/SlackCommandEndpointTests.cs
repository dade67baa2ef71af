using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Slack.Hosting;

public sealed class SlackCommandEndpointTests
{
    [Fact]
    public async Task PostCommand_SlashCommandForm_AnswersEphemerallyInTheHttpResponse()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostCommandAsync(Fixtures.Text("slash-command.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        Assert.Equal("You asked: goals Senior ML Engineer &lt;!channel&gt;", (string?)answer["text"]);
        Assert.Empty(host.StandIn.Calls);
    }

    [Fact]
    public async Task PostCommand_SlashCommandForm_ReachesTheHandlerTyped()
    {
        await using var host = await SlackHost.StartAsync();

        await host.PostCommandAsync(Fixtures.Text("slash-command.txt"));

        var command = Assert.Single(host.Journal.Commands);
        Assert.Equal("/jobframe", command.Command);
        Assert.Equal("goals Senior ML Engineer <!channel>", command.Text);
        Assert.Equal("U2147483697", command.UserId);
        Assert.Equal("Steve", command.UserName);
        Assert.Equal("C2147483705", command.ChannelId);
        Assert.Equal("T0001", command.TeamId);
        Assert.Equal("E0001", command.EnterpriseId);
        Assert.Equal(new Uri("https://hooks.slack.com/commands/1234/5678"), command.ResponseUrl);
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", command.TriggerId);
    }

    [Fact]
    public async Task PostCommand_SslCheck_IsAcknowledgedWithoutReachingTheHandler()
    {
        await using var host = await SlackHost.StartAsync();

        var response = await host.PostCommandAsync("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Journal.Commands);
    }

    [Fact]
    public async Task PostCommand_SecretWithoutBotToken_StillAnswersAndWebApiSaysItIsNotConfigured()
    {
        await using var host = await SlackHost.StartAsync(botToken: null);

        var response = await host.PostCommandAsync(Fixtures.Text("slash-command.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        var web = scope.ServiceProvider.GetRequiredService<ISlackWebApi>();
        Assert.False(web.IsConfigured);
        var refusal = await Assert.ThrowsAsync<SlackNotConfiguredException>(() =>
            web.PostMessageAsync(new ChatPostMessageRequest { Channel = "C2147483705", Text = "hello" }, CancellationToken.None));
        Assert.Contains("Slack:BotToken", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(host.StandIn.Calls);
    }

    [Fact]
    public async Task PostCommand_NoSigningSecret_SlackIsOffAndTheRouteIsNotServed()
    {
        await using var host = await SlackHost.StartAsync(signingSecret: null);

        var response = await host.PostCommandAsync(Fixtures.Text("slash-command.txt"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Journal.Commands);
    }
}
