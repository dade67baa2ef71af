using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cards.Rendering;

public static partial class AdaptiveCardRenderer
{
    /// <summary>
    /// "Which one did you mean?": one button per candidate, carrying its full profile code. With one candidate left
    /// the question is whether it is that one: "Did you mean ...?" and a button saying what it shows.
    /// </summary>
    private static (List<CardElement> Body, List<CardAction> Actions) NeedsReview(NeedsReviewAnswer answer, CardRenderOptions options)
    {
        if (answer.Candidates is [{ } only])
        {
            return (
            [
                CardParts.Title(CardWords.DidYouMean + CandidateChoice.Title(only.Profile) + "?"),
                CardParts.Subtle(CardWords.YouAsked + "'" + answer.Query + "'", Spacing.None),
                CardParts.Buttons([CandidateButton(only, answer.Intent, options, yes: true)], Spacing.Medium),
            ], []);
        }

        var body = new List<CardElement>
        {
            CardParts.Title(CardWords.WhichOne),
            CardParts.Subtle(CardWords.YouAsked + "'" + answer.Query + "'", Spacing.None),
        };
        body.AddRange(CardParts.ButtonList(answer.Candidates.Select(c => CandidateButton(c, answer.Intent, options)), Spacing.Medium));
        return (body, []);
    }

    private static (List<CardElement> Body, List<CardAction> Actions) NoMatch(NoMatchAnswer answer, CardRenderOptions options)
    {
        var body = new List<CardElement> { CardParts.Title(CardWords.NoMatchPrefix + "'" + answer.Query + "'" + CardWords.NoMatchSuffix) };
        if (answer.Closest.Count > 0)
        {
            body.Add(CardParts.Heading(CardWords.Closest));
            body.AddRange(CardParts.ButtonList(answer.Closest.Select(c => CandidateButton(c, CommandIntent.Goals, options)), Spacing.Small));
        }

        body.Add(CardParts.Heading(CardWords.CanonCovers));
        body.Add(Coverage(answer.Coverage));
        return (body, []);
    }

    private static (List<CardElement> Body, List<CardAction> Actions) Help(HelpAnswer answer, CardRenderOptions options)
    {
        var body = new List<CardElement>();
        if (answer.Notice is not null)
        {
            body.Add(new TextBlock { Text = AdaptiveMarkdown.Escape(answer.Notice), Color = TextColor.Warning, Wrap = true });
        }

        body.Add(CardParts.Title(CardWords.HelpHeading));
        body.Add(CardParts.Text(CardWords.HelpIntro));
        body.Add(CardParts.Heading(CardWords.TryAsking));
        body.AddRange(CardParts.ButtonList(answer.Examples.Select(e => CardParts.Bot(options, e, ActionPayloads.Ask(e))), Spacing.Small));
        body.Add(CardParts.Heading(CardWords.CanonCovers));
        body.Add(Coverage(answer.Coverage));
        return (body, []);
    }

    /// <summary>The text export in a monospace block; Markdown and CSV shown as their text, for the channel to display.</summary>
    private static (List<CardElement> Body, List<CardAction> Actions) Export(ExportAnswer answer)
    {
        // The file name is a text run: markdown renderers would make "….P4-goals.md" a link to a domain.
        var body = new List<CardElement>
        {
            new RichTextBlock { Inlines = [new TextRun { Text = CardWords.ExportHeading + " — " + answer.FileName, Size = TextSize.Large, Weight = TextWeight.Bolder }] },
            CardParts.Subtle(answer.Profile.HeaderLine, Spacing.None),
        };
        body.AddRange(Paragraphs(answer.Content).Select(p => new TextBlock { Text = p, FontType = FontType.Monospace, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Medium }));
        return (body, []);
    }

    /// <summary>
    /// The export's text as markdown that keeps its lines: a single line end would be read as a space, so each line
    /// becomes its own paragraph ("\n\n"), and each block of lines (split at blank lines) its own text block.
    /// The text shown is the export's text.
    /// </summary>
    private static IEnumerable<string> Paragraphs(string content) =>
        content.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => string.Join("\n\n", block.Trim('\n').Split('\n').Select(KeepIndent)));

    /// <summary>Markdown drops a line's leading spaces (or, from four, makes it code); no-break spaces keep the export's alignment.</summary>
    private static string KeepIndent(string line)
    {
        var text = line.TrimEnd();
        var indent = text.Length - text.TrimStart(' ').Length;
        return new string('\u00A0', indent) + AdaptiveMarkdown.Escape(text[indent..]);
    }

    private static CardAction CandidateButton(Candidate candidate, CommandIntent intent, CardRenderOptions options, bool yes = false)
    {
        var (data, title) = CandidateChoice.Of(candidate, intent, yes);
        return CardParts.Bot(options, title, data);
    }

    private static FactSet Coverage(CanonCoverage coverage) =>
        new()
        {
            Spacing = Spacing.Small,
            Facts =
            [
                .. coverage.Entries.Select(e => CardParts.Fact(e.Name, string.Join(", ", e.LevelCodes))),
                .. coverage.More > 0 ? [CardParts.Fact(CoverageWords.More(coverage.More), string.Empty)] : Array.Empty<Fact>(),
            ],
        };
}
