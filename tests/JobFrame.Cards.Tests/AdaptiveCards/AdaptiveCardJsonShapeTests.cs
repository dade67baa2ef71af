using System.Text.Json;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.Tests.CardChecking;

namespace JobFrame.Cards.Tests.AdaptiveCards;

/// <summary>The exact JSON of small cards: camelCase names, enums as the schema spells them, defaults left out.</summary>
public sealed class AdaptiveCardJsonShapeTests
{
    [Fact]
    public void Card_WithOneTextBlock_WritesSchemaTypeVersionAndNothingUnset()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Hi" }] };

        Assert.Equal(
            """{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi"}]}""",
            AdaptiveCardSerializer.Serialize(card));
    }

    [Fact]
    public void TextBlock_WritesEnumsAsCamelCaseSchemaStrings()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = "Hi", Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.None, IsSubtle = true, Wrap = true }],
        };

        Assert.Equal(
            """[{"type":"TextBlock","spacing":"none","text":"Hi","size":"extraLarge","weight":"bolder","color":"attention","isSubtle":true,"wrap":true}]""",
            BodyOf(card));
    }

    [Fact]
    public void HiddenContainer_WritesIsVisibleFalse()
    {
        var card = new AdaptiveCard { Body = [new Container { Id = "okr", IsVisible = false, Items = [] }] };

        Assert.Equal("""[{"type":"Container","id":"okr","isVisible":false,"items":[]}]""", BodyOf(card));
    }

    [Fact]
    public void ActionSubmit_WritesItsTypedPayloadAndLeavesOutUnsetFields()
    {
        var card = new AdaptiveCard
        {
            Actions =
            [
                new ActionSubmit
                {
                    Title = "Export as CSV",
                    AssociatedInputs = AssociatedInputs.None,
                    Data = new CardActionData { Verb = CardVerbs.Export, ProfileCode = "AIML-P4", Format = "csv" },
                },
            ],
        };

        using var document = JsonDocument.Parse(AdaptiveCardSerializer.Serialize(card));
        Assert.Equal(
            """[{"type":"Action.Submit","title":"Export as CSV","data":{"verb":"export","profileCode":"AIML-P4","format":"csv"},"associatedInputs":"none"}]""",
            document.RootElement.GetProperty("actions").GetRawText());
    }

    [Fact]
    public void ReturnedActionPayload_CarriesInputValuesBesideTheTypedFields()
    {
        using var returned = JsonDocument.Parse("""{"verb":"export","profileCode":"AIML-P4","format":"text","smart.1.baseline":"40%","smart.1.date":"2026-12-31"}""");

        var data = AdaptiveCardSerializer.DeserializeActionData(returned.RootElement);

        Assert.Equal((CardVerbs.Export, "AIML-P4", "text"), (data.Verb, data.ProfileCode, data.Format));
        Assert.Equal("40%", data.Values["smart.1.baseline"].GetString());
        Assert.Equal("2026-12-31", data.Values["smart.1.date"].GetString());
    }

    [Fact]
    public void CardWithEveryElement_SurvivesARoundTripUnchanged()
    {
        var json = AdaptiveCardSerializer.SerializeIndented(SampleCards.EveryElement());

        var again = AdaptiveCardSerializer.SerializeIndented(AdaptiveCardSerializer.Deserialize(json));

        Assert.Equal(json, again);
    }

    private static string BodyOf(AdaptiveCard card)
    {
        using var document = JsonDocument.Parse(AdaptiveCardSerializer.Serialize(card));
        return document.RootElement.GetProperty("body").GetRawText();
    }
}
