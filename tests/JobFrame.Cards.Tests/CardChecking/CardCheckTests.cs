using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Tests.CardChecking;

[Collection(CardCheckCollection.Name)]
public sealed class CardCheckTests(CardCheck check)
{
    private static readonly string s_screenshots = Path.Combine(Path.GetTempPath(), "jobframe-cards");

    [Fact]
    public async Task SampleCards_ValidateAgainstTheAdaptiveCard15Schema()
    {
        var results = await check.ValidateAsync(
        [
            new NamedCard("text-only", AdaptiveCardSerializer.Serialize(SampleCards.TextOnly())),
            new NamedCard("every-element", AdaptiveCardSerializer.Serialize(SampleCards.EveryElement())),
        ]);

        Assert.Collection(
            results,
            r => Assert.Equal(("text-only", string.Empty), (r.Name, string.Join('\n', r.Errors))),
            r => Assert.Equal(("every-element", string.Empty), (r.Name, string.Join('\n', r.Errors))));
    }

    [Fact]
    public async Task UnknownElementType_FailsSchemaValidation()
    {
        var result = Assert.Single(await check.ValidateAsync([new NamedCard("bogus", SampleCards.WithUnknownElementType())]));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.StartsWith("/body/0/type:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NumberWhereTextIsExpected_FailsSchemaValidation()
    {
        var result = Assert.Single(await check.ValidateAsync([new NamedCard("number-text", SampleCards.WithNumberForText())]));

        Assert.Contains("/body/0/text: must be string", result.Errors);
    }

    [Fact]
    public async Task TeamsManifestSchema_IsReadAsDraft04AndReportsMissingFields()
    {
        var manifestSchema = RepositoryPaths.TeamsManifestSchema;

        var result = Assert.Single(await check.ValidateAsync([new NamedCard("empty-manifest", "{}")], manifestSchema));

        Assert.Contains("/: must have required property 'manifestVersion'", result.Errors);
    }

    [Fact]
    public async Task TextOnlyCard_RendersWithoutErrors()
    {
        var png = Path.Combine(s_screenshots, "text-only.png");

        var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(SampleCards.TextOnly()), png);

        Assert.Empty(result.Errors);
        Assert.Contains("Goal templates — Senior ML Engineer", result.Html, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 0, "the screenshot was not written");
    }

    [Fact]
    public async Task CardWithEveryElement_RendersWithoutErrors()
    {
        var png = Path.Combine(s_screenshots, "every-element.png");

        var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(SampleCards.EveryElement()), png);

        Assert.Empty(result.Errors);
        Assert.Contains("AIML-P4", result.Html, StringComparison.Ordinal);
        Assert.Contains("Export as text", result.Html, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 0, "the screenshot was not written");
    }

    [Fact]
    public async Task UnknownElementType_IsReportedByTheRenderer()
    {
        var result = await check.RenderAsync(SampleCards.WithUnknownElementType());

        Assert.Contains(result.Errors, e => e.StartsWith("Parse/UnknownElementType:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoreActionsThanTeamsShows_IsReportedByTheRenderer()
    {
        var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(SampleCards.WithSevenActions()));

        Assert.Contains(result.Errors, e => e.StartsWith("Validation/TooManyActions:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EscapedUserText_RendersLiterally_WhereRawTextWouldRestyleAndLink()
    {
        const string typed = "**bold** [click](https://example.com) _x_";
        var escaped = await check.RenderAsync(AdaptiveCardSerializer.Serialize(SampleCards.SingleText(AdaptiveMarkdown.Escape(typed))));
        var raw = await check.RenderAsync(AdaptiveCardSerializer.Serialize(SampleCards.SingleText(typed)));

        Assert.Empty(escaped.Errors);
        Assert.Contains("**bold** [click](https://example.com) _x_", escaped.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", escaped.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", escaped.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>", raw.Html, StringComparison.Ordinal);
        Assert.Contains("<a ", raw.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscapedListMarkers_RenderAsText()
    {
        var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(SampleCards.SingleText(AdaptiveMarkdown.Escape("- one\n1. two"))));

        Assert.DoesNotContain("<li>", result.Html, StringComparison.Ordinal);
        Assert.Contains("- one", result.Html, StringComparison.Ordinal);
        Assert.Contains("1. two", result.Html, StringComparison.Ordinal);
    }
}
