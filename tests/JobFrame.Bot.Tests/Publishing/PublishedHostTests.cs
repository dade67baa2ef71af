using System.Net;
using System.Text;
using System.Text.Json;
using JobFrame.Bot.Tests.Web;

namespace JobFrame.Bot.Tests.Publishing;

/// <summary>
/// The published host, native and trimmed as the image ships it, answers like the host the other tests run: what
/// trimming or ahead-of-time compilation could break (configuration binding, options checks, JSON written by generated
/// code, the canon loader, the endpoints) is exercised here through the real executable on loopback.
/// </summary>
public sealed class PublishedHostTests(PublishedHost published) : IClassFixture<PublishedHost>
{
    // A Teams personal chat as the Connector sends it, with expectReplies so the answer comes back in the HTTP body.
    // The serviceUrl is never called for an expectReplies turn; it is the same for both hosts so their bodies compare.
    private const string GoalsActivity = """
        {"type":"message","id":"published-1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/",
         "from":{"id":"29:published-user","name":"Published user"},"recipient":{"id":"28:jobframe","name":"JobFrame"},
         "conversation":{"id":"a:published-1","conversationType":"personal"},
         "text":"goals for Senior ML Engineer","textFormat":"plain","deliveryMode":"expectReplies"}
        """;

    [Fact]
    public void ThePublishStep_IsNativeAheadOfTime_ForLinux()
    {
        Assert.Contains("-p:PublishAot=true", published.PublishCommand);
        Assert.True(File.Exists(Path.Combine(published.Folder, "JobFrame.Bot")));
        Assert.False(File.Exists(Path.Combine(published.Folder, "JobFrame.Bot.dll")), "a native publish carries no managed host assembly");
        Assert.True(File.Exists(Path.Combine(published.Folder, "canon", "canon.yaml")), "the bundled canon travels with the executable");
    }

    [Fact]
    public async Task GoalsQuestion_IsAnsweredWithTheGoalsCard_ExactlyAsTheHostAnswersItInTheTests()
    {
        using var client = new HttpClient { BaseAddress = published.BaseAddress };
        var native = await AskAsync(client);

        // The JIT host on Kestrel at loopback too, in Development: without an app id it answers loopback callers only.
        await using var reference = new BotHostFixture("Development");
        using var referenceClient = new HttpClient { BaseAddress = reference.StartOnLoopback() };
        var expected = await AskAsync(referenceClient);

        using var body = JsonDocument.Parse(native);
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        var attachment = Assert.Single(reply.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        // The plain-words header: the role, then its level line.
        Assert.Equal("AI / Machine Learning Engineering", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("P4 — Senior Professional · Data Science & Analytics", card.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.Equal(expected, native);
    }

    [Fact]
    public async Task Probes_SayTheBundledCanonIsInService()
    {
        using var client = new HttpClient { BaseAddress = published.BaseAddress };

        Assert.Equal("ok", await client.GetStringAsync(new Uri("healthz", UriKind.Relative)));
        using var ready = JsonDocument.Parse(await client.GetStringAsync(new Uri("readyz", UriKind.Relative)));
        Assert.Equal("ready", ready.RootElement.GetProperty("status").GetString());
        Assert.Equal("JobFrame canon (bundled)", ready.RootElement.GetProperty("canon").GetProperty("name").GetString());
    }

    private static async Task<string> AskAsync(HttpClient client)
    {
        using var content = new StringContent(GoalsActivity, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
