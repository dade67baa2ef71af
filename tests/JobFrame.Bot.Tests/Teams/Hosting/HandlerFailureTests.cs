using System.Net;
using JobFrame.Bot.Tests.Fixtures;

namespace JobFrame.Bot.Tests.Teams.Hosting;

/// <summary>A handler that throws never turns into a 500: the seam logs it once and the channel gets its 200.</summary>
public sealed class HandlerFailureTests(TeamsHost host) : IClassFixture<TeamsHost>
{
    private const int HandlerFailed = 4010;

    [Theory]
    [InlineData(TeamsPayloads.PersonalMessage)]
    [InlineData(TeamsPayloads.AdaptiveCardActionInvoke)]
    public async Task HandlerThatThrows_Is200WithNothingPostedAndLoggedOnceWithoutTheText(string payload)
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var activity = TeamsPayloads.Load(payload, host.StandIns.ServiceUrl, conversation);
        activity["text"] = EchoActivityHandler.FailText;

        var response = await host.PostActivityAsync(activity, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Single(host.Handler.ReceivedIn(conversation));
        var logged = await host.Logs.WaitForAsync(HandlerFailed, e => Equals(e.GetStructuredStateValue("ActivityType"), activity["type"]!.GetValue<string>()));
        Assert.Contains("InvalidOperationException", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), e => e.Message.Contains(EchoActivityHandler.FailText, StringComparison.Ordinal));
        Assert.Empty(host.StandIns.PostsTo(conversation));
    }
}
