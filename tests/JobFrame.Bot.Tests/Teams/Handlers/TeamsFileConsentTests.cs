using JobFrame.Bot.Http;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>Exports in a personal chat arrive as files: consent card, upload on accept, file info card.</summary>
public sealed class TeamsFileConsentTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    private const string P4 = "DATASC.AIMACHIN97C0.P4";
    private const string SharePointFile = "https://contoso-my.sharepoint.com/personal/megan/Documents/Applications/JobFrame/export.csv";

    [Fact]
    public async Task ExportInAPersonalChat_OffersTheFileWithItsNameSizeAndContext()
    {
        var conversation = NewConversation();

        var consent = await OfferAsync(conversation);

        Assert.Equal(FileConsentCard.ContentType, consent.ContentType);
        var export = ExpectedExport();
        Assert.Equal(export.FileName, consent.Name);
        var content = Assert.IsType<JsonPayload>(consent.Content, exactMatch: false).ToElement();
        Assert.Equal(GoalFramesExport.Encode(export.Content, ExportFormat.Csv).Length, content.GetProperty("sizeInBytes").GetInt64());
        Assert.Contains(export.Profile.HeaderLine, content.GetProperty("description").GetString(), StringComparison.Ordinal);
        var context = content.GetProperty("acceptContext");
        Assert.Equal("export", context.GetProperty("verb").GetString());
        Assert.Equal(P4, context.GetProperty("profileCode").GetString());
        Assert.Equal("p95 latency 420 ms", context.GetProperty("smart.1.baseline").GetString());
    }

    [Fact]
    public async Task Accept_PutsTheExactBytesWithContentRangeAndPostsTheFileInfoCard()
    {
        var conversation = NewConversation();
        var consent = await OfferAsync(conversation);
        var session = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(ConsentInvoke(conversation, consent, "accept", host.StandIns.UploadUrl(session)), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(host.StandIns.Uploads, u => u.Session == session);
        var expected = GoalFramesExport.Encode(ExpectedExport().Content, ExportFormat.Csv);
        Assert.Equal(expected, upload.Content);
        Assert.Equal($"bytes 0-{expected.Length - 1}/{expected.Length}", upload.ContentRange);
        Assert.Equal(expected.Length, upload.ContentLength);
        var posts = await host.StandIns.WaitForPostsAsync(conversation, 2);
        var info = Assert.Single(Assert.Single(posts, p => p.ReplyToId == "f:consent-" + conversation[2..]).Activity.Attachments ?? []);
        Assert.Equal(FileInfoCard.ContentType, info.ContentType);
        Assert.Equal(new Uri(SharePointFile), info.ContentUrl);
        Assert.Equal("export.csv", info.Name);
        Assert.Equal("1E2D3C4B-0000-4000-8000-000000000001", info.Content?.ToElement().GetProperty("uniqueId").GetString());
        Assert.Equal("csv", info.Content?.ToElement().GetProperty("fileType").GetString());
    }

    [Fact]
    public async Task Decline_UploadsNothingAndSaysSo()
    {
        var conversation = NewConversation();
        var consent = await OfferAsync(conversation);
        var session = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(ConsentInvoke(conversation, consent, "decline", host.StandIns.UploadUrl(session)), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await host.StandIns.WaitForPostsAsync(conversation, 2);
        var reply = Assert.Single(posts, p => p.ReplyToId == "f:consent-" + conversation[2..]).Activity;
        Assert.Null(reply.Attachments);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.DoesNotContain(host.StandIns.Uploads, u => u.Session == session);
    }

    [Fact]
    public async Task Accept_WithoutAToken_Is401AndUploadsNothing()
    {
        var conversation = NewConversation();
        var consent = await OfferAsync(conversation);
        var session = Guid.NewGuid().ToString("N");

        var response = await host.PostActivityAsync(ConsentInvoke(conversation, consent, "accept", host.StandIns.UploadUrl(session)), bearerToken: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(host.StandIns.Uploads, u => u.Session == session);
    }

    [Theory]
    [InlineData("http://files.example.com/upload/session")]
    [InlineData("ftp://127.0.0.1/upload")]
    [InlineData("not a url")]
    public async Task Accept_WithAnUploadUrlThatIsNotHttps_UploadsNothingAndSaysTheFileWasNotSaved(string uploadUrl)
    {
        var conversation = NewConversation();
        var consent = await OfferAsync(conversation);
        var before = host.StandIns.Uploads.Count;

        var response = await host.PostActivityAsync(ConsentInvoke(conversation, consent, "accept", uploadUrl), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await host.StandIns.WaitForPostsAsync(conversation, 2);
        var reply = Assert.Single(posts, p => p.ReplyToId == "f:consent-" + conversation[2..]).Activity;
        Assert.Null(reply.Attachments);
        Assert.Contains("couldn't save", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, host.StandIns.Uploads.Count);
    }

    /// <summary>Presses "Export as CSV" with one filled-in row in a personal chat; returns the consent card posted.</summary>
    private async Task<Attachment> OfferAsync(string conversation)
    {
        var submit = TeamsPayloads.Load(TeamsPayloads.ActionSubmit, host.StandIns.ServiceUrl, conversation);
        submit["value"] = new JsonObject
        {
            ["verb"] = "export",
            ["profileCode"] = P4,
            ["format"] = "csv",
            ["smart.1.baseline"] = "p95 latency 420 ms",
            ["not-a-fill-key"] = "dropped from the context",
        };
        await host.PostActivityAsync(submit, Token());
        var post = Assert.Single(await host.StandIns.WaitForPostsAsync(conversation, 1));
        return Assert.Single(post.Activity.Attachments ?? []);
    }

    private JsonObject ConsentInvoke(string conversation, Attachment consent, string action, string uploadUrl)
    {
        var invoke = TeamsPayloads.Load(TeamsPayloads.AdaptiveCardActionInvoke, host.StandIns.ServiceUrl, conversation);
        invoke["id"] = "f:consent-" + conversation[2..];
        invoke["name"] = "fileConsent/invoke";
        var content = consent.Content!.ToElement();
        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = JsonNode.Parse(content.GetProperty(action == "accept" ? "acceptContext" : "declineContext").GetRawText()),
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = SharePointFile,
                ["name"] = "export.csv",
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "1E2D3C4B-0000-4000-8000-000000000001",
                ["fileType"] = "csv",
            },
        };
        return invoke;
    }

    private ExportAnswer ExpectedExport() =>
        Assert.IsType<ExportAnswer>(host.Engine.Act(new ActionRequest(
            ActionVerb.Export, P4, Format: ExportFormat.Csv, Fills: FilledValues.Parse(["smart.1.baseline=p95 latency 420 ms"]))));

    private string Token() => host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl);

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");
}
