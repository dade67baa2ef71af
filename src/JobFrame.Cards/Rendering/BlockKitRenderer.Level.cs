using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Rendering;

namespace JobFrame.Cards.Rendering;

public static partial class BlockKitRenderer
{
    /// <summary>The level: the track with the current level marked, then each bar with its canon text and source.</summary>
    private static List<Block> Level(LevelAnswer answer)
    {
        var level = answer.Level;
        var blocks = new List<Block>();
        if (answer.Profile is { } profile)
        {
            blocks.AddRange(PlainHeader(profile, answer.Track));
        }
        else
        {
            // A level asked for on its own, or the level-only answer: the universal bars, tied to no role.
            blocks.Add(SlackParts.Header(level.DisplayName));
            blocks.Add(SlackParts.Context(EngineNotices.UniversalLevel));
            if (PlainWords.MeaningLabel(level) is { } meaning)
            {
                blocks.Add(SlackParts.Section(SlackParts.Bold(meaning) + " " + Mrkdwn.Escape(level.Summary!)));
            }

            if (PlainWords.TrackPosition(answer.Track, level.Code) is { } position)
            {
                blocks.Add(SlackParts.Context(position));
            }
        }

        if (answer is { NoRoleMatched: true, Resolution: { } unmatched })
        {
            blocks.Add(SlackParts.Section(SlackParts.Bold(EngineNotices.NoRoleMatched(unmatched.Query))));
            blocks.Add(SlackParts.Context(unmatched.Evidence));
        }

        // A taxonomy role has no track in the canon, so none is drawn.
        if (answer.Track.Count > 0)
        {
            blocks.Add(SlackParts.Section(SlackParts.Bold(PlainTextRenderer.Track(answer.Track, level.Code))));
        }

        if (!level.HasData)
        {
            blocks.Add(SlackParts.Section(Mrkdwn.Escape(EngineNotices.LevelWithoutData)));
        }

        if (level.TypicalExperience is not null)
        {
            blocks.Add(SlackParts.Section(SlackParts.Bold(CardWords.TypicalExperience + ":") + " " + Mrkdwn.Escape(level.TypicalExperience)));
        }

        foreach (var bar in level.Bars)
        {
            blocks.Add(SlackParts.Section(SlackParts.Bold(bar.Dimension.DisplayName()) + "\n" + Mrkdwn.Escape(bar.Text)));
            blocks.Add(SlackParts.Context(CardWords.Source + AdaptiveCardRenderer.SourceLabelOf(bar.Dimension)));
        }

        if (answer.Profile is not null)
        {
            blocks.Add(WhyThisMatch(answer.Profile, answer.Resolution));
        }

        var buttons = new List<ButtonElement>();
        if (answer.Profile is not null)
        {
            buttons.Add(SlackParts.Button("goals", CardWords.GoalsForLevel, ActionPayloads.Goals(answer.Profile.Code)));
        }

        if (answer.NextLevel is { } next)
        {
            buttons.Add(SlackParts.Button("compare.next", CardWords.CompareNext, ActionPayloads.Compare(level.Code, next.Code, answer.Profile?.Code)));
        }

        if (answer.PreviousLevel is { } previous)
        {
            buttons.Add(SlackParts.Button("compare.previous", CardWords.ComparePrevious, ActionPayloads.Compare(previous.Code, level.Code, answer.Profile?.Code)));
        }

        blocks.AddRange(SlackParts.Actions(buttons));
        return blocks;
    }

    /// <summary>Dimension by dimension, the two levels' text as two fields, marked as changing or the same.</summary>
    private static List<Block> Compare(CompareAnswer answer)
    {
        var blocks = new List<Block> { SlackParts.Header(answer.Left.DisplayName + "  →  " + answer.Right.DisplayName) };
        if (answer.NothingToCompare is { } nothing)
        {
            blocks.Add(SlackParts.Section(Mrkdwn.Escape(nothing)));
        }

        foreach (var row in answer.Dimensions)
        {
            blocks.Add(new SectionBlock
            {
                Text = new Mrkdwn(SlackParts.Bold(row.Dimension.DisplayName()) + " · " + (row.Changed ? SlackParts.Bold(CardWords.Changes) : CardWords.Same)),
                Fields = [Side(answer.Left, row.Left), Side(answer.Right, row.Right)],
            });
        }

        if (answer.Dimensions.Count > 0)
        {
            blocks.Add(SlackParts.Context(CardWords.Source + string.Join(", ", answer.Dimensions.Select(d => AdaptiveCardRenderer.SourceLabelOf(d.Dimension)))));
        }

        blocks.AddRange(SlackParts.Actions(
        [
            SlackParts.Button("level.left", CardWords.LevelDetails + " " + answer.Left.Code, ActionPayloads.Level(answer.Left.Code)),
            SlackParts.Button("level.right", CardWords.LevelDetails + " " + answer.Right.Code, ActionPayloads.Level(answer.Right.Code)),
        ]));
        return blocks;
    }

    private static Mrkdwn Side(Level level, string text) => new(SlackParts.Bold(level.Code) + "\n" + Mrkdwn.Escape(text));
}
