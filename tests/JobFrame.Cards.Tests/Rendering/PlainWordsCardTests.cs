using System.Text.Json;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>
/// What a manager sees first, what is one click away, what the inputs hold and what the buttons carry: the goals
/// card leads with the role, level and meaning; codes and scores wait behind "Why this match?"; typed values come
/// back in their inputs and travel in every button.
/// </summary>
public sealed class PlainWordsCardTests
{
    private static readonly FilledValues Typed = FilledValues.Empty
        .With("smart.1", Placeholders.Baseline, "12% of releases")
        .With("smart.2", Placeholders.Target, "30%")
        .With("okr.1.kr1", Placeholders.Date, "2027-03-31");

    [Fact]
    public void GoalsCard_LeadsWithRoleLevelAndTrackInWords_AndKeepsCodesAndScoresBehindWhyThisMatch()
    {
        var answer = Assert.IsType<GoalsAnswer>(CanonAnswers.Engine.Ask("goals for Senior ML Engineer"));
        var card = Json(AdaptiveCardRenderer.Render(answer));
        var body = card.GetProperty("body").EnumerateArray().ToList();

        Assert.Equal("AI / Machine Learning Engineering", body[0].GetProperty("text").GetString());
        Assert.Equal("P4 — Senior Professional · Data Science & Analytics", body[1].GetProperty("text").GetString()!.Replace("\\&", "&", StringComparison.Ordinal));
        var toggle = body.FindIndex(e => Texts(e).Contains("Why this match?"));
        Assert.True(toggle > 0);
        foreach (var shown in body.Take(toggle).SelectMany(Texts))
        {
            Assert.DoesNotContain("DATASC.AIMACHIN97C0.P4", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("0.90", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("confidence", shown, StringComparison.OrdinalIgnoreCase);
        }

        var hidden = body[toggle + 1];
        Assert.False(hidden.GetProperty("isVisible").GetBoolean());
        Assert.Equal(hidden.GetProperty("id").GetString(), body[toggle].GetProperty("actions")[0].GetProperty("targetElements")[0].GetProperty("elementId").GetString());
        var evidence = string.Join("\n", Texts(hidden)).Replace("\\", string.Empty, StringComparison.Ordinal); // markdown escapes
        Assert.Contains("DATASC.AIMACHIN97C0.P4", evidence, StringComparison.Ordinal);
        Assert.Contains("0.90", evidence, StringComparison.Ordinal);
        Assert.Contains("Level 4 of 7 on this track (P1 to P7)", string.Join("\n", body.SelectMany(Texts)).Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RoleCard_ShowsNoStatusOrConfidenceBeforeWhyThisMatch()
    {
        var card = Json(AdaptiveCardRenderer.Render(CanonAnswers.Engine.Ask("role Experienced AI/ML Engineer")));
        var body = card.GetProperty("body").EnumerateArray().ToList();
        var toggle = body.FindIndex(e => Texts(e).Contains("Why this match?"));

        Assert.True(toggle > 0);
        var before = string.Join("\n", body.Take(toggle).SelectMany(Texts));
        Assert.DoesNotContain("draft", before, StringComparison.Ordinal);
        Assert.DoesNotContain("0.70", before, StringComparison.Ordinal);
        Assert.Contains("draft", string.Join("\n", Texts(body[toggle + 1])), StringComparison.Ordinal);
    }

    [Fact]
    public void MboCard_HasNoTargetDueLineAboveTheTargetAndByInputs()
    {
        var answer = CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Goals, CanonAnswers.LargestProfile, Frame: FrameKind.Mbo));
        var texts = Texts(Json(AdaptiveCardRenderer.Render(answer))).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("Due:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Standard", StringComparison.Ordinal));
    }

    [Fact]
    public void GoalsCardFromAFrameSwitch_HoldsTheTypedValuesInItsInputs_AndEveryButtonCarriesTheOthers()
    {
        var answer = CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Goals, CanonAnswers.LargestProfile, Frame: FrameKind.Okr, Fills: Typed));
        var card = Json(AdaptiveCardRenderer.Render(answer));

        var inputs = Elements(card).Where(e => e.TryGetProperty("id", out _) && e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        Assert.Equal("2027-03-31", inputs.Single(i => i.GetProperty("id").GetString() == "okr.1.kr1.date").GetProperty("value").GetString());
        Assert.All(inputs, input => Assert.False(string.IsNullOrEmpty(input.GetProperty("label").GetString())));

        var buttons = Elements(card).Where(e => e.GetProperty("type").GetString() == "Action.Submit").ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            var data = button.GetProperty("data");
            Assert.Equal("12% of releases", data.GetProperty("smart.1.baseline").GetString());
            Assert.Equal("30%", data.GetProperty("smart.2.target").GetString());
            Assert.False(data.TryGetProperty("okr.1.kr1.date", out _)); // the OKR input in view submits it itself
            Assert.NotEqual("none", button.TryGetProperty("associatedInputs", out var associated) ? associated.GetString() : "auto");
        });
    }

    [Fact]
    public void LevelCardFromADetour_CarriesTheTypedValuesBackToTheGoals()
    {
        var answer = CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Level, CanonAnswers.LargestProfile, Fills: Typed));
        var card = AdaptiveCardRenderer.Render(answer);

        var back = Assert.IsType<ActionSubmit>(card.Actions!.First(a => a.Title == "Show goals for this level"));
        var request = CardActionReader.Read(back.Data!);
        Assert.Equal(ActionVerb.Goals, request.Verb);
        Assert.Equal("12% of releases", request.Fills!.Get("smart.1", Placeholders.Baseline));
        Assert.Equal("2027-03-31", request.Fills.Get("okr.1.kr1", Placeholders.Date));
    }

    [Fact]
    public void OneCandidateLeft_AsksDidYouMean_NotWhichOne()
    {
        var review = Assert.IsType<NeedsReviewAnswer>(CanonAnswers.Engine.Ask("goals for ML Engineer"));
        var one = review with { Candidates = [review.Candidates[0]] };

        var card = Json(AdaptiveCardRenderer.Render(one));
        var slack = BlockKitSerializer.Serialize(BlockKitRenderer.Render(one));

        var texts = Texts(card).ToList();
        Assert.StartsWith("Did you mean ", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.Contains("Which one", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Yes, show goals for ", StringComparison.Ordinal));
        Assert.Contains("Did you mean ", slack, StringComparison.Ordinal);
        Assert.DoesNotContain("Which one", slack, StringComparison.Ordinal);
    }

    [Fact]
    public void SlackGoals_LeadsWithTheRole_AndPutsWhyThisMatchInAContextBlockAfterTheFrame()
    {
        var answer = CanonAnswers.Engine.Ask("goals for Senior ML Engineer");
        using var message = JsonDocument.Parse(BlockKitSerializer.Serialize(BlockKitRenderer.Render(answer)));
        var blocks = message.RootElement.GetProperty("blocks").EnumerateArray().ToList();

        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Equal("AI / Machine Learning Engineering", blocks[0].GetProperty("text").GetProperty("text").GetString());
        var why = blocks.FindIndex(b => b.GetRawText().Contains("Why this match?", StringComparison.Ordinal));
        Assert.Equal("context", blocks[why].GetProperty("type").GetString());
        Assert.Contains("DATASC.AIMACHIN97C0.P4", blocks[why].GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(blocks.Take(why), b => b.GetRawText().Contains("DATASC.AIMACHIN97C0.P4", StringComparison.Ordinal) && b.GetProperty("type").GetString() != "actions");
        Assert.True(why > blocks.FindIndex(b => b.GetRawText().Contains("source: ", StringComparison.Ordinal)));
    }

    private static JsonElement Json(AdaptiveCard card) => JsonDocument.Parse(AdaptiveCardSerializer.Serialize(card)).RootElement;

    private static IEnumerable<JsonElement> Elements(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
            {
                yield return element;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name != "data"))
            {
                foreach (var inner in Elements(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Elements))
            {
                yield return item;
            }
        }
    }

    /// <summary>Every text a person sees in an element: text blocks, runs, facts, button titles, labels.</summary>
    private static IEnumerable<string> Texts(JsonElement element) =>
        Elements(element).SelectMany(e => new[] { "text", "title", "value", "label" }
            .Where(name => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
            .Select(name => e.GetProperty(name).GetString()!))
            .Concat(FactTexts(element));

    private static IEnumerable<string> FactTexts(JsonElement element) =>
        Elements(element).Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .SelectMany(f => new[] { f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()! });
}
