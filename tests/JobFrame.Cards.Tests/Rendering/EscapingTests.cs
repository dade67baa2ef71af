using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Cards.Tests.CardChecking;
using JobFrame.Engine.Answers;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>A typed query echoed on a card or in Slack can neither ping, link nor restyle.</summary>
[Collection(CardCheckCollection.Name)]
public sealed class EscapingTests(CardCheck check)
{
    private const string Hostile = "<!channel> **bold** [x](https://x)";

    [Fact]
    public async Task EchoedQueryOnTheNoMatchCard_RendersLiterally_WithNoBoldAndNoLink()
    {
        var answer = CanonAnswers.Engine.Ask("goals for " + Hostile);

        var result = await check.RenderAsync(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer)));

        Assert.IsType<NoMatchAnswer>(answer);
        Assert.Empty(result.Errors);
        Assert.Contains(System.Net.WebUtility.HtmlEncode("**bold** [x](https://x)"), result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", result.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void EchoedQueryInBlockKit_HasNoRawAngleBrackets_SoItCannotPingOrLink()
    {
        var message = BlockKitRenderer.Render(CanonAnswers.Engine.Ask("goals for " + Hostile));
        var texts = message.Blocks!.OfType<SectionBlock>().Select(s => s.Text!.Text).Append(message.Text).ToList();
        var echoed = texts.First(t => t.Contains("channel", StringComparison.Ordinal));

        Assert.Contains("&lt;!channel&gt;", echoed, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", string.Concat(texts), StringComparison.Ordinal);
        Assert.DoesNotContain("<https://x", string.Concat(texts), StringComparison.Ordinal);
        Assert.DoesNotContain("**bold**", echoed, StringComparison.Ordinal);
    }

    [Fact]
    public void EchoedQueryOnTheNeedsReviewCard_IsEscapedForAdaptiveCardMarkdown()
    {
        var answer = new NeedsReviewAnswer(Hostile, Engine.Commands.CommandIntent.Goals, []);

        var json = AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer));

        Assert.Contains(System.Text.Json.JsonEncodedText.Encode(AdaptiveMarkdown.Escape(Hostile)).ToString(), json, StringComparison.Ordinal);
    }
}
