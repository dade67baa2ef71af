using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cards.Rendering;

public static partial class BlockKitRenderer
{
    // Slack's text objects have room for many lines; the coverage list is cut into sections, never shortened.
    private static List<Block> NeedsReview(NeedsReviewAnswer answer)
    {
        // With one candidate left, the question is whether it is that one.
        var only = answer.Candidates.Count == 1 ? answer.Candidates[0] : null;
        var blocks = new List<Block>
        {
            SlackParts.Header(only is null ? CardWords.WhichOne : CardWords.DidYouMean + CandidateChoice.Title(only.Profile) + "?"),
            SlackParts.Context(CardWords.YouAsked + "'" + answer.Query + "'"),
        };
        blocks.AddRange(SlackParts.Actions([.. answer.Candidates.Select((c, i) => CandidateButton(c, answer.Intent, i, yes: only is not null))]));
        return blocks;
    }

    private static List<Block> NoMatch(NoMatchAnswer answer)
    {
        var blocks = new List<Block> { SlackParts.Section(Mrkdwn.Escape(CardWords.NoMatchPrefix + "'" + answer.Query + "'" + CardWords.NoMatchSuffix)) };
        if (answer.Closest.Count > 0)
        {
            blocks.Add(SlackParts.Section(SlackParts.Bold(CardWords.Closest)));
            blocks.AddRange(SlackParts.Actions([.. answer.Closest.Select((c, i) => CandidateButton(c, CommandIntent.Goals, i))]));
        }

        AddList(blocks, CardWords.CanonCovers, CoverageLines(answer.Coverage));
        return blocks;
    }

    private static List<Block> Help(HelpAnswer answer)
    {
        var blocks = new List<Block>();
        if (answer.Notice is not null)
        {
            blocks.Add(SlackParts.Section(Mrkdwn.Escape(answer.Notice)));
        }

        blocks.Add(SlackParts.Header(CardWords.HelpHeading));
        blocks.Add(SlackParts.Section(Mrkdwn.Escape(CardWords.HelpIntro)));
        blocks.Add(SlackParts.Section(SlackParts.Bold(CardWords.TryAsking)));
        blocks.AddRange(SlackParts.Actions([.. answer.Examples.Select((e, i) => SlackParts.Button("ask." + (i + 1), e, ActionPayloads.Ask(e)))]));
        AddList(blocks, CardWords.CanonCovers, CoverageLines(answer.Coverage));
        return blocks;
    }

    /// <summary>The export's text in code blocks, as many as its length needs.</summary>
    private static List<Block> Export(ExportAnswer answer)
    {
        const string Fence = "```";
        var blocks = new List<Block> { SlackParts.Header(CardWords.ExportHeading + " — " + answer.FileName), SlackParts.Context(answer.Profile.HeaderLine) };
        var limit = SlackLimits.SectionTextLength - (2 * Fence.Length) - 2;
        blocks.AddRange(SlackParts.Chunks(Mrkdwn.EscapeInCodeBlock(answer.Content.TrimEnd('\n')), limit)
            .Select(chunk => SlackParts.Section(Fence + "\n" + chunk + "\n" + Fence)));
        return blocks;
    }

    private static ButtonElement CandidateButton(Candidate candidate, CommandIntent intent, int index, bool yes = false)
    {
        var (data, title) = CandidateChoice.Of(candidate, intent, yes);
        return SlackParts.Button("choose." + (index + 1), title, data);
    }

    private static IEnumerable<string> CoverageLines(CanonCoverage coverage) =>
        coverage.Entries.Select(e => "• " + Mrkdwn.Escape(e.Name + ": " + string.Join(", ", e.LevelCodes)))
            .Concat(coverage.More > 0 ? ["• " + Mrkdwn.Escape(CoverageWords.More(coverage.More))] : []);
}
