using System.Text.Json;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Cards.Tests.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Cards.Tests.Actions;

/// <summary>Every button on every card maps back to an action the engine answers as the button promises.</summary>
public sealed class CardActionReaderTests
{
    [Fact]
    public void EveryButtonOnEveryCard_MapsBackToAnActionTheEngineAnswersWithTheExpectedKind()
    {
        var wrong = new List<string>();
        foreach (var (name, answer) in CanonAnswers.All())
        {
            foreach (var (title, data) in BotActions(AdaptiveCardRenderer.Render(answer)))
            {
                var next = CardActionReader.Answer(CanonAnswers.Engine, RoundTrip(data));
                if (!IsExpected(data.Verb, next))
                {
                    wrong.Add($"{name} / '{title}' ({data.Verb}) → {next.GetType().Name}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryBlockKitButton_CarriesAPayloadTheEngineAnswers()
    {
        var wrong = new List<string>();
        foreach (var (name, answer) in CanonAnswers.All())
        {
            foreach (var button in BlockKitRenderer.Render(answer).Blocks!.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>())
            {
                var data = ButtonValues.Read(button.Value!);
                var next = CardActionReader.Answer(CanonAnswers.Engine, data);
                if (!IsExpected(data.Verb, next))
                {
                    wrong.Add($"{name} / '{button.Text.Text}' ({data.Verb}) → {next.GetType().Name}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void ExportSubmit_WithFilledInputs_PutsTheValuesInTheExport()
    {
        var card = AdaptiveCardRenderer.Render(CanonAnswers.Engine.Ask("goals for Senior ML Engineer"));
        var export = BotActions(card).Single(a => a.Title == "Export as text").Data;
        var submitted = Submit(export, new Dictionary<string, string>
        {
            ["smart.1.baseline"] = "p95 latency 900 ms",
            ["smart.1.target"] = "300 ms",
            ["smart.1.date"] = "2026-12-31",
        });

        var answer = Assert.IsType<ExportAnswer>(CardActionReader.Answer(CanonAnswers.Engine, submitted));

        Assert.Contains("Move the metric this drives from p95 latency 900 ms to 300 ms by 2026-12-31.", answer.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void InputIdsOnTheGoalsCard_AreExactlyTheFillKeysOfTheFrameInView()
    {
        var answer = (GoalsAnswer)CanonAnswers.Engine.Ask("goals for Senior ML Engineer");
        var card = AdaptiveCardRenderer.Render(answer);
        var expected = answer.Frames.Find(Engine.Frames.FrameKind.Smart)!.Rows.SelectMany(r => r.Units)
            .SelectMany(u => new[] { "baseline", "target", "date" }.Where((_, i) => (u.Placeholders & (Engine.Frames.Placeholders)(1 << i)) != 0).Select(k => u.Id + "." + k));

        var ids = Inputs(card.Body!).Select(i => i.Id!).ToList();

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void UnknownVerb_IsReadAsHelp()
    {
        var request = CardActionReader.Read(new CardActionData { Verb = "dance", ProfileCode = CanonAnswers.LargestProfile });

        Assert.Equal(new ActionRequest(ActionVerb.Help), request);
    }

    [Fact]
    public void ExecuteOption_MakesEveryBotButtonAnActionExecute_WithTheSameVerb()
    {
        var card = AdaptiveCardRenderer.Render(CanonAnswers.Engine.Ask("goals for Senior ML Engineer"), new CardRenderOptions(BotActionKind.Execute));

        var actions = AllActions(card).Where(a => a is ActionSubmit or ActionExecute).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal(((ActionExecute)a).Data!.Verb, ((ActionExecute)a).Verb));
    }

    [Fact]
    public void CompareButton_CarriesBothLevelCodes()
    {
        var card = AdaptiveCardRenderer.Render(CanonAnswers.Engine.Ask("level Senior ML Engineer"));
        var compare = BotActions(card).Single(a => a.Title == "Compare with previous level").Data;

        var request = CardActionReader.Read(RoundTrip(compare));

        Assert.Equal(ActionVerb.Compare, request.Verb);
        Assert.NotNull(request.LevelCode);
        Assert.Equal("P4", request.OtherLevelCode);
    }

    /// <summary>Each verb's answer kind; an ask button (help's examples) must get a real answer, not help again.</summary>
    private static bool IsExpected(string verb, Answer next) => verb switch
    {
        CardVerbs.Goals or CardVerbs.Fill => next is GoalsAnswer,
        CardVerbs.Level => next is LevelAnswer,
        CardVerbs.Compare => next is CompareAnswer,
        CardVerbs.Role => next is RoleAnswer,
        CardVerbs.Export => next is ExportAnswer,
        CardVerbs.Ask => next is not (HelpAnswer or NoMatchAnswer),
        _ => false,
    };

    private static List<(string Title, CardActionData Data)> BotActions(AdaptiveCard card) =>
        [.. AllActions(card).Select(a => a switch
        {
            ActionSubmit s => (s.Title, s.Data!),
            ActionExecute e => (e.Title, e.Data!),
            _ => (a.Title, null!),
        }).Where(a => a.Item2 is not null)];

    private static IEnumerable<CardAction> AllActions(AdaptiveCard card) =>
        (card.Actions ?? []).Concat(Elements(card.Body ?? []).OfType<ActionSet>().SelectMany(s => s.Actions));

    private static IEnumerable<InputElement> Inputs(IEnumerable<CardElement> body) => Elements(body).OfType<InputElement>();

    private static IEnumerable<CardElement> Elements(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            var children = element switch
            {
                Container c => Elements(c.Items),
                ColumnSet s => s.Columns.SelectMany(col => Elements(col.Items)),
                _ => [],
            };
            foreach (var child in children)
            {
                yield return child;
            }
        }
    }

    /// <summary>The data as the host sends it back: serialised, with the inputs' values merged in by id.</summary>
    private static CardActionData Submit(CardActionData data, Dictionary<string, string> inputs)
    {
        var json = JsonSerializer.SerializeToNode(data, AdaptiveCardJsonContext.Default.CardActionData)!.AsObject();
        foreach (var (id, value) in inputs)
        {
            json[id] = value;
        }

        using var document = JsonDocument.Parse(json.ToJsonString());
        return AdaptiveCardSerializer.DeserializeActionData(document.RootElement);
    }

    private static CardActionData RoundTrip(CardActionData data) => Submit(data, []);
}
