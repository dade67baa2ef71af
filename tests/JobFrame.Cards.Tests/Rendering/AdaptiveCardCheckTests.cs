using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.Rendering;
using JobFrame.Cards.Tests.CardChecking;
using JobFrame.Tests.Shared;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>
/// Every card the canon produces, checked by the schema validator and the official renderer; one PNG per kind, saved
/// under docs/cards/ only when the docs' pictures are being updated (<see cref="DocPictures"/>).
/// </summary>
[Collection(CardCheckCollection.Name)]
public sealed class AdaptiveCardCheckTests(CardCheck check)
{
    [Fact]
    public async Task EveryCardForEveryProfile_ValidatesAgainstTheAdaptiveCard15Schema()
    {
        var cards = CanonAnswers.All()
            .SelectMany(a => new[]
            {
                new NamedCard(a.Name, AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(a.Answer))),
                new NamedCard(a.Name + " (execute)", AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(a.Answer, new CardRenderOptions(BotActionKind.Execute)))),
            })
            .ToList();

        var results = await check.ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        Assert.Empty(results.Where(r => !r.IsValid).Select(r => r.Name + ": " + string.Join("; ", r.Errors)));
    }

    [Fact]
    public async Task EveryCardForEveryProfile_RendersInTheOfficialRendererWithoutErrors()
    {
        var failures = new List<string>();
        foreach (var (name, answer) in CanonAnswers.All())
        {
            var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer)));
            failures.AddRange(result.Errors.Select(e => name + ": " + e));
        }

        Assert.Empty(failures);
    }

    [Fact]
    [Trait("Category", DocPictures.Category)]
    public async Task EachCardKind_RendersItsPicture()
    {
        var folder = DocPictures.Folder("cards");
        foreach (var (kind, answer) in CanonAnswers.OnePerKind())
        {
            var png = Path.Combine(folder, kind + ".png");
            File.Delete(png);

            var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer)), png);

            Assert.Empty(result.Errors);
            Assert.True(new FileInfo(png).Length > 0, $"{kind}.png was not written");
        }
    }

    [Fact]
    public async Task GoalsCard_ShowsEveryRowsCanonTextAndSourceInTheRenderedHtml()
    {
        var answer = (Engine.Answers.GoalsAnswer)CanonAnswers.Engine.Ask("goals for Senior ML Engineer");
        var smart = answer.Frames.Find(Engine.Frames.FrameKind.Smart)!;

        var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer)));

        Assert.Empty(result.Errors);
        foreach (var row in smart.Rows)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(row.CanonText), result.Html, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode("source: " + row.Source), result.Html, StringComparison.Ordinal);
        }
    }
}
