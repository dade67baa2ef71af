using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Bot.Tests.Slack;
using JobFrame.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Http;

/// <summary>
/// Every request the bot sends states its length and is never chunked: many gateways and proxies in front of the
/// connector, Slack and Entra answer a chunked request with 411.
/// </summary>
public sealed class ContentLengthTests(TeamsHost teams) : IClassFixture<TeamsHost>
{
    [Fact]
    public async Task TeamsReply_AndTheTokenRequestBeforeIt_AreSentWithContentLength()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, teams.StandIns.ServiceUrl, conversation);

        await teams.PostActivityAsync(activity, teams.StandIns.Tokens.Channel(teams.StandIns.ServiceUrl));
        await teams.StandIns.WaitForPostsAsync(conversation, 1);

        var reply = Assert.Single(teams.StandIns.Framing, request => request.Path.Contains(conversation, StringComparison.Ordinal));
        Assert.Equal("POST", reply.Method);
        Assert.False(reply.IsChunked);
        Assert.True(reply.ContentLength > 0, "the reply to the connector states no Content-Length");
        var token = Assert.Single(teams.StandIns.Framing, request => request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
        Assert.False(token.IsChunked);
        Assert.True(token.ContentLength > 0, "the token request states no Content-Length");
    }

    [Fact]
    public async Task SlackReply_ToAMessageEvent_IsSentWithContentLength()
    {
        await using var host = await SlackHost.StartAsync(recordingHandler: false);

        await host.PostEventAsync(Slack.Fixtures.Json("message-im.json"));
        var call = await host.StandIn.NextCallAsync();

        Assert.Equal("api/chat.postMessage", call.Path);
        Assert.False(call.Chunked);
        Assert.Equal(call.Body.Length, call.ContentLength);
    }

    [Fact]
    public async Task SlackFileUploadAndResponseUrl_AreSentWithContentLength()
    {
        await using var host = await SlackHost.StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var web = scope.ServiceProvider.GetRequiredService<ISlackWebApi>();
            await web.UploadFileAsync("C2147483705", null, "goals.md", "# Goals\n"u8.ToArray(), "Goals", CancellationToken.None);
            await web.RespondAsync(host.StandIn.ResponseUrl, new SlackMessage { Text = "hello" }, CancellationToken.None);
        }

        Assert.Equal(4, host.StandIn.Calls.Count);
        Assert.All(host.StandIn.Calls, call =>
        {
            Assert.False(call.Chunked, call.Path + " was sent chunked");
            Assert.Equal(call.Body.Length, call.ContentLength);
        });
    }
}
