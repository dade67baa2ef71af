using JobFrame.Bot.RateLimits;

namespace JobFrame.Bot.Tests.Teams.Handlers;

public sealed class TeamsRateLimitTests
{
    [Fact]
    public async Task Messages_PastTheMinutesAllowance_AreAskedToSlowDownInChatTerms()
    {
        var host = new TeamsBotHost();
        await host.InitializeAsync();
        try
        {
            var conversation = "a:" + Guid.NewGuid().ToString("N");
            var allowance = new ChatRateLimitOptions().PerUserPerMinute;

            for (var i = 0; i <= allowance; i++)
            {
                // Each question is its own activity, with its own id, as Teams sends them.
                var message = TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation);
                message["id"] = "1481567603816." + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await host.PostActivityAsync(message, host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));
            }

            // Replies are delivered by parallel workers, so their order is not the order of the questions.
            var posts = await host.StandIns.WaitForPostsAsync(conversation, allowance + 1);
            Assert.Equal(allowance, posts.Count(post => post.Activity.Attachments is { Count: 1 }));
            Assert.Single(posts, post => post.Activity.Text == ChatRateLimiter.SlowDownNotice);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
