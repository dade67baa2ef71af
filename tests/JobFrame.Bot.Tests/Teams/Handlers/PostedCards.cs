using JobFrame.Bot.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>Reads the cards out of the bot's replies, and renders the card an answer must arrive as.</summary>
internal static class PostedCards
{
    /// <summary>The one Adaptive Card a reply carries.</summary>
    public static JsonElement SingleCard(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments ?? []);
        Assert.Equal(AdaptiveCardAttachment.ContentType, attachment.ContentType);
        return Assert.IsType<JsonPayload>(attachment.Content, exactMatch: false).ToElement();
    }

    /// <summary>The one Adaptive Card a reply in an expectReplies body carries.</summary>
    public static JsonNode SingleCard(JsonNode reply)
    {
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardAttachment.ContentType, attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!;
    }

    /// <summary>Every <c>text</c> in the card (text blocks, facts, button titles ...), in document order.</summary>
    public static IReadOnlyList<string> Texts(JsonElement card)
    {
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    /// <summary>Every bot-bound action's <c>data</c> in the card, in document order.</summary>
    public static IReadOnlyList<JsonElement> ActionData(JsonElement card)
    {
        var data = new List<JsonElement>();
        CollectData(card, data);
        return data;
    }

    /// <summary>Every action <c>type</c> in the card (Action.Submit, Action.Execute, Action.ToggleVisibility ...).</summary>
    public static IReadOnlyList<string> ActionTypes(JsonElement card) =>
        [.. Descendants(card)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.String && type.GetString()!.StartsWith("Action.", StringComparison.Ordinal))
            .Select(e => e.GetProperty("type").GetString()!)];

    /// <summary>The card the renderer makes of <paramref name="answer"/>, as JSON.</summary>
    public static JsonElement Render(Answer answer, BotActionKind actions = BotActionKind.Submit) =>
        JsonDocument.Parse(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer, new CardRenderOptions(actions)))).RootElement.Clone();

    /// <summary>True when the card is exactly what the renderer makes of <paramref name="answer"/>.</summary>
    public static bool IsCardOf(JsonElement card, Answer answer, BotActionKind actions = BotActionKind.Submit)
    {
        var expected = JsonNode.Parse(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer, new CardRenderOptions(actions))));
        return JsonNode.DeepEquals(expected, JsonNode.Parse(card.GetRawText()));
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        foreach (var e in Descendants(element))
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var name in new[] { "text", "title", "value" })
            {
                if (e.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
                {
                    texts.Add(text.GetString()!);
                }
            }
        }
    }

    private static void CollectData(JsonElement element, List<JsonElement> data)
    {
        foreach (var e in Descendants(element))
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("data", out var found) && found.ValueKind == JsonValueKind.Object)
            {
                data.Add(found);
            }
        }
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
