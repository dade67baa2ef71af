using System.Text;
using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Rendering;

public static partial class BlockKitRenderer
{
    // Header, level and meaning, track, bars, frame heading, divider, why, disclaimer, frame buttons, action buttons, and room to spare.
    private const int FixedGoalsBlocks = 12;

    /// <summary>
    /// Goals: the role, level and what it means in plain words, the bars as fields, the frame in view with a section per row and its source in a
    /// context block; "Why this match?" in a context block after the frame; other frames, fill-in and exports as buttons. A frame with more rows than fit in 50 blocks
    /// puts each row's source inside its section instead of a context block of its own.
    /// </summary>
    private static List<Block> Goals(GoalsAnswer answer)
    {
        var profile = answer.Profile;
        var blocks = new List<Block>(PlainHeader(profile, profile.Track));

        if (answer.MissingFrameNotice is { } notice)
        {
            blocks.Add(SlackParts.Section(SlackParts.Bold(notice)));
        }

        blocks.Add(new SectionBlock
        {
            Text = new Mrkdwn(SlackParts.Bold(CardWords.LevelBars + " — " + profile.Level.DisplayName)),
            Fields = [.. profile.Level.Bars.Select(b => (TextObject)new Mrkdwn(SlackParts.Bold(b.Dimension.DisplayName()) + "\n" + Mrkdwn.Escape(b.Text)))],
        });

        var inView = AdaptiveCardRenderer.InView(answer);
        var buttons = new List<ButtonElement>();
        if (inView is not null)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(SlackParts.Section(SlackParts.Bold(inView.Name) + "\n" + Mrkdwn.Escape(inView.Intro)));
            var rows = inView.Rows.Count();
            var compact = FixedGoalsBlocks + (rows * 2) + inView.Sections.Count > SlackLimits.MessageBlocks;

            // Room for the rows: what is left after the blocks above, "Why this match?", the disclaimer, the buttons and a summary line.
            var room = SlackLimits.MessageBlocks - blocks.Count - 4;
            var shown = 0;
            var full = false;
            foreach (var section in inView.Sections.TakeWhile(_ => !full))
            {
                var sectionBlocks = new List<Block>();
                if (section.Heading is not null)
                {
                    sectionBlocks.Add(SlackParts.Section(SlackParts.Bold(section.Heading)));
                }

                foreach (var row in section.Rows)
                {
                    var rowBlocks = Row(row, compact).ToList();
                    if (sectionBlocks.Count + rowBlocks.Count > room)
                    {
                        full = true;
                        break;
                    }

                    sectionBlocks.AddRange(rowBlocks);
                    shown++;
                }

                if (sectionBlocks.Count > (section.Heading is null ? 0 : 1))
                {
                    blocks.AddRange(sectionBlocks);
                    room -= sectionBlocks.Count;
                }
            }

            // Never cut silently: a frame too long for one message says how much is shown; the exports hold every row.
            if (shown < rows)
            {
                blocks.Add(SlackParts.Section(Mrkdwn.Escape(CardWords.RowsShown + shown + " / " + rows + CardWords.RestInExport)));
            }

            buttons.Add(SlackParts.Button("goals.fill." + inView.Kind.Key(), CardWords.FillIn + " " + inView.Name, ActionPayloads.Goals(profile.Code, inView.Kind, CardVerbs.Fill), ButtonStyle.Primary));
            buttons.AddRange(answer.Frames.Frames.Where(f => f.Kind != inView.Kind)
                .Select(f => SlackParts.Button("goals.frame." + f.Kind.Key(), CardWords.Show + f.Name, ActionPayloads.Goals(profile.Code, f.Kind))));
        }

        blocks.Add(WhyThisMatch(profile, answer.Resolution));
        blocks.Add(SlackParts.Context(answer.Frames.Disclaimer));

        // The exports hold the whole sheet, every frame, as on the Teams card.
        buttons.Add(SlackParts.Button("export.text", CardWords.ExportText, ActionPayloads.Export(profile.Code, ExportFormat.Text, null)));
        buttons.Add(SlackParts.Button("export.markdown", CardWords.ExportMarkdown, ActionPayloads.Export(profile.Code, ExportFormat.Markdown, null)));
        buttons.Add(SlackParts.Button("export.csv", CardWords.ExportCsv, ActionPayloads.Export(profile.Code, ExportFormat.Csv, null)));
        buttons.Add(SlackParts.Button("level", CardWords.LevelDetails, ActionPayloads.LevelOfProfile(profile.Code)));
        if (answer.NextLevel is { } next)
        {
            buttons.Add(SlackParts.Button("compare.next", CardWords.CompareNext, ActionPayloads.Compare(profile.Level.Code, next.Code, profile.Code)));
        }

        blocks.AddRange(SlackParts.Actions(buttons));
        return blocks;
    }

    private static IEnumerable<Block> Row(FrameRow row, bool compact)
    {
        var text = new StringBuilder();
        text.Append(SlackParts.Bold(row.Number + ". " + row.CanonText));
        foreach (var line in row.Lines)
        {
            text.Append('\n');
            if (line.Label is not null)
            {
                text.Append(SlackParts.Bold(line.Label)).Append(' ');
            }

            text.Append(Mrkdwn.Escape(string.Concat(line.Segments.Select(s => s.Text))));
        }

        if (compact)
        {
            text.Append("\n_").Append(Mrkdwn.Escape(CardWords.Source + row.Source)).Append('_');
        }

        foreach (var chunk in SlackParts.Chunks(text.ToString()))
        {
            yield return SlackParts.Section(chunk);
        }

        if (!compact)
        {
            yield return SlackParts.Context(CardWords.Source + row.Source);
        }
    }
}
