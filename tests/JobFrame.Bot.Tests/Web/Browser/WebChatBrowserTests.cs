using System.Text.RegularExpressions;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Tests.Shared;
using Microsoft.Playwright;
using static JobFrame.Bot.Tests.Web.Browser.WebChatPage;

namespace JobFrame.Bot.Tests.Web.Browser;

/// <summary>
/// The web chat page in Debian's Chromium against the real host: what a person types, what the cards show, what
/// filling and clicking them does. Each step saves a screenshot (under docs/screenshots/ when the docs' pictures are
/// being updated, see <see cref="DocPictures"/>).
/// </summary>
[Collection(WebChatCollection.Name)]
[Trait("Category", DocPictures.Category)]
public sealed class WebChatBrowserTests(WebChatSession session)
{
    private const string SeniorMlEngineerGoals = "goals for Senior ML Engineer";

    [Fact]
    public async Task GoalsForSeniorMlEngineer_ShowsTheGoalsCardWithFiveSmartRowsAndTheirSources()
    {
        var smartRows = SmartRowsOf(session.Engine.Ask(SeniorMlEngineerGoals));
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync(SeniorMlEngineerGoals);
        await chat.ScreenshotAsync(card, "1-goals-senior-ml-engineer");

        var shown = await TextOfAsync(card);
        Assert.Equal(5, smartRows.Count);
        foreach (var row in smartRows)
        {
            Assert.Contains(Squeeze($"{row.Number}. {row.CanonText}"), shown, StringComparison.Ordinal);
            Assert.Contains(Squeeze("source: " + row.Source), shown, StringComparison.Ordinal);
        }

        Assert.Equal(5, await InputsLabelled(card, "Baseline").CountAsync());
        Assert.Equal(5, await InputsLabelled(card, "Target").CountAsync());
        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task FillThreeValues_ShowOkrs_Back_KeepsThem_AndEachExportDownloadsTheClisFileByteForByte()
    {
        var goals = Assert.IsType<GoalsAnswer>(session.Engine.Ask(SeniorMlEngineerGoals));
        var code = goals.Profile.Code;
        string[] fills = ["smart.1.baseline=12% of releases", "smart.1.target=30% of releases", "smart.1.date=2027-03-31"];
        await using var chat = await session.OpenChatAsync();
        var card = await chat.AskAsync(SeniorMlEngineerGoals);

        await InputsLabelled(card, "Baseline").First.FillAsync("12% of releases");
        await InputsLabelled(card, "Target").First.FillAsync("30% of releases");
        await InputsLabelled(card, "By").First.FillAsync("2027-03-31");
        await chat.ScreenshotAsync(card, "2a-goals-row-one-filled");
        var okrs = await chat.ClickAsync(card, "Show OKRs");
        Assert.Contains(Squeeze(goals.Frames.Find(FrameKind.Okr)!.Rows.First().CanonText), await TextOfAsync(okrs), StringComparison.Ordinal);
        var back = await chat.ClickAsync(okrs, "Show SMART goals");
        await chat.ScreenshotAsync(back, "2b-values-kept-after-show-okrs-and-back");

        Assert.Equal("12% of releases", await InputsLabelled(back, "Baseline").First.InputValueAsync());
        Assert.Equal("30% of releases", await InputsLabelled(back, "Target").First.InputValueAsync());
        Assert.Equal("2027-03-31", await InputsLabelled(back, "By").First.InputValueAsync());
        foreach (var (button, format) in new[] { ("Export as CSV", "csv"), ("Export as text", "text"), ("Export as Markdown", "markdown") })
        {
            var (fileName, bytes) = await chat.DownloadAsync(back, button);

            var extension = format == "markdown" ? "md" : format == "text" ? "txt" : "csv";
            Assert.Equal($"{code}-goals.{extension}", fileName);
            Assert.Equal(CliFile("Senior ML Engineer", format, fills), bytes);
        }

        await chat.ScreenshotAsIsAsync("2c-exports-downloaded");
        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task AFileNameInAnAnswer_IsTextNotALinkToTheDomainItsExtensionNames()
    {
        const string FileName = "plumber-goals.md"; // no canon title: the answer repeats it
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync("goals for " + FileName);

        Assert.Contains(FileName, await TextOfAsync(card), StringComparison.Ordinal);
        Assert.Empty(await LinksOfAsync(card));
        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task MlEngineer_ShowsTheNeedsReviewCard_AndClickingACandidateAnswersForIt()
    {
        var review = Assert.IsType<NeedsReviewAnswer>(session.Engine.Ask("ML Engineer"));
        var chosen = review.Candidates[0].Profile;
        var chosenGoals = Assert.IsType<GoalsAnswer>(session.Engine.Ask("goals for " + chosen.Code));
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync("ML Engineer");
        await chat.ScreenshotAsync(card, "3a-needs-review-ml-engineer");
        var shown = await TextOfAsync(card);
        foreach (var candidate in review.Candidates)
        {
            Assert.Contains(candidate.Profile.Title, shown, StringComparison.Ordinal);
        }

        var answer = await chat.ClickAsync(card, chosen.Title);
        await chat.ScreenshotAsync(answer, "3b-needs-review-candidate-chosen");

        var answered = await TextOfAsync(answer);
        Assert.Contains(Squeeze(chosenGoals.Profile.Role?.Title ?? chosenGoals.Profile.Focus), answered, StringComparison.Ordinal);
        Assert.Contains(Squeeze(chosenGoals.Profile.Level.DisplayName), answered, StringComparison.Ordinal);
        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task CompareP3AndP4_ShowsTheCompareCardWithBothLevelsDimensionByDimension()
    {
        var compare = Assert.IsType<CompareAnswer>(session.Engine.Ask("compare P3 and P4"));
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync("compare P3 and P4");
        await chat.ScreenshotAsync(card, "4-compare-p3-p4");

        var shown = await TextOfAsync(card);
        Assert.Contains(compare.Left.DisplayName, shown, StringComparison.Ordinal);
        Assert.Contains(compare.Right.DisplayName, shown, StringComparison.Ordinal);
        foreach (var dimension in compare.Dimensions)
        {
            Assert.Contains(dimension.Dimension.DisplayName(), shown, StringComparison.Ordinal);
            foreach (var text in new[] { dimension.Left, dimension.Right }.OfType<string>())
            {
                Assert.Contains(Squeeze(text), shown, StringComparison.Ordinal);
            }
        }

        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task PastryChef_ShowsThePlainNoMatchAnswer()
    {
        var noMatch = Assert.IsType<NoMatchAnswer>(session.Engine.Ask("Pastry Chef"));
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync("Pastry Chef");
        await chat.ScreenshotAsync(card, "5-no-match-pastry-chef");

        var shown = await TextOfAsync(card);
        Assert.Contains("No confident match for 'Pastry Chef' in the canon.", shown, StringComparison.Ordinal);
        foreach (var covered in noMatch.Coverage.Entries)
        {
            Assert.Contains(covered.Name, shown, StringComparison.Ordinal);
        }

        // Nothing to pick from but what the canon is closest to.
        Assert.Equal(noMatch.Closest.Count, await card.GetByRole(AriaRole.Button).CountAsync());
        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task SeniorProductManager_ShowsTheUniversalLevelAloneNotGoalFrames()
    {
        var level = Assert.IsType<LevelAnswer>(session.Engine.Ask("goals for Senior Product Manager"));
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync("goals for Senior Product Manager");
        await chat.ScreenshotAsync(card, "7-level-only-senior-product-manager");

        var shown = await TextOfAsync(card);
        Assert.Contains(level.Level.DisplayName, shown, StringComparison.Ordinal);
        Assert.Contains(Squeeze(EngineNotices.UniversalLevel), shown, StringComparison.Ordinal);
        Assert.Contains(Squeeze(EngineNotices.NoRoleMatched("Senior Product Manager")), shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Goal templates", shown, StringComparison.Ordinal);
        foreach (var bar in level.Level.Bars)
        {
            Assert.Contains(Squeeze(bar.Text), shown, StringComparison.Ordinal);
        }

        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task LevelExperiencedAiMlEngineer_ShowsTheLevelCardWithItsSixBars()
    {
        var level = Assert.IsType<LevelAnswer>(session.Engine.Ask("level Experienced AI/ML Engineer"));
        await using var chat = await session.OpenChatAsync();

        var card = await chat.AskAsync("level Experienced AI/ML Engineer");
        await chat.ScreenshotAsync(card, "6-level-experienced-ai-ml-engineer");

        var shown = await TextOfAsync(card);
        Assert.Contains(level.Level.DisplayName, shown, StringComparison.Ordinal);
        Assert.Equal(6, level.Level.Bars.Count);
        foreach (var bar in level.Level.Bars)
        {
            Assert.Contains(bar.Dimension.DisplayName(), shown, StringComparison.Ordinal);
            Assert.Contains(Squeeze(bar.Text), shown, StringComparison.Ordinal);
        }

        Assert.Empty(chat.PageErrors);
    }

    [Fact]
    public async Task TypedMessage_IsPostedToTheTeamsEndpointAsAWebchatActivityThatExpectsReplies()
    {
        await using var chat = await session.OpenChatAsync();

        var posted = await chat.PostedActivityOfAsync("level P3");

        Assert.Equal("message", posted.GetProperty("type").GetString());
        Assert.Equal("level P3", posted.GetProperty("text").GetString());
        Assert.Equal("webchat", posted.GetProperty("channelId").GetString());
        Assert.Equal("expectReplies", posted.GetProperty("deliveryMode").GetString());
        Assert.Equal(session.Address.GetLeftPart(UriPartial.Authority), posted.GetProperty("serviceUrl").GetString());
        Assert.StartsWith("webchat-", posted.GetProperty("conversation").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("user", posted.GetProperty("from").GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(posted.GetProperty("from").GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(posted.GetProperty("recipient").GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(posted.GetProperty("id").GetString()));
        Assert.Empty(chat.PageErrors);
    }

    /// <summary>The file `jobframe goals &lt;title&gt; --format &lt;format&gt; --fill ... --out &lt;file&gt;` writes, read back.</summary>
    private static byte[] CliFile(string title, string format, string[] fills)
    {
        var path = Path.Combine(Path.GetTempPath(), "jobframe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            string[] args = ["goals", title, "--format", format, .. fills.SelectMany(f => new[] { "--fill", f }), "--out", path, "--canon", Path.Combine(RepositoryFolders.Root, "canon")];
            Assert.Equal(0, JobFrame.Cli.CliApplication.Run(args, stdout, stderr));
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<FrameRow> SmartRowsOf(Answer answer)
    {
        var goals = Assert.IsType<GoalsAnswer>(answer);
        var smart = goals.Frames.Find(FrameKind.Smart);
        Assert.NotNull(smart);
        return [.. smart.Rows];
    }

    private static ILocator InputsLabelled(ILocator card, string label) =>
        card.GetByLabel(label, new LocatorGetByLabelOptions { Exact = true });

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));
}
