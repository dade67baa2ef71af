using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Tests.Properties;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>
/// Whatever a manager types, the card that answers it stays inside Teams' and Slack's limits, and what they typed can
/// neither ping, link nor restyle anything on it.
/// </summary>
public sealed class CardProperties
{
    // What must never reach a card as typed: Slack's special mentions and links, markdown emphasis and links.
    private static readonly string[] Dangerous =
        ["<!channel>", "<!here>", "<@U123>", "<https://x.example|click>", "**bold**", "[x](https://x.example)"];

    [Fact]
    public void AnyMessage_AdaptiveCard_IsWithinTeamsLimits_AndCarriesNoRawMarkup() =>
        Prop.ForAll(Messages, message =>
        {
            var card = AdaptiveCardRenderer.Render(CanonAnswers.Engine.Ask(message));
            var json = AdaptiveCardSerializer.Serialize(card);
            var texts = Texts(JsonDocument.Parse(json).RootElement);
            return json.Length < 28 * 1024
                && (card.Actions?.Count ?? 0) <= AdaptiveCardRenderer.MaxTopLevelActions
                && !texts.Any(text => Dangerous.Any(d => text.Contains(d, StringComparison.Ordinal)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AnyMessage_BlockKit_IsWithinSlacksLimits_AndCarriesNoRawMentionOrLink() =>
        Prop.ForAll(Messages, message =>
        {
            var rendered = BlockKitRenderer.Render(CanonAnswers.Engine.Ask(message));
            var json = BlockKitSerializer.Serialize(rendered);
            return SlackLimitWalker.Breaches(rendered).Count == 0
                && !Dangerous.Take(4).Any(d => json.Contains(d, StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();

    /// <summary>Hostile input, alone and behind each command word, so it is echoed in every answer kind.</summary>
    private static Arbitrary<string> Messages =>
        Gen.Zip(Gen.Elements("", "goals for ", "level ", "compare ", "role ", "okrs for "), HostileInput.Messages.Generator)
            .Select(pair => pair.Item1 + pair.Item2 + " " + string.Join(' ', Dangerous))
            .ToArbitrary();

    private static List<string> Texts(JsonElement element)
    {
        var texts = new List<string>();
        Walk(element);
        return texts;

        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        if (property.Name is "text" or "title" && property.Value.ValueKind == JsonValueKind.String)
                        {
                            texts.Add(property.Value.GetString()!);
                        }
                        else
                        {
                            Walk(property.Value);
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }
}
