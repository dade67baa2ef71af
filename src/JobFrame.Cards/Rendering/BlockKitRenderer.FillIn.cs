using JobFrame.Cards.Actions;
using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Rendering;

public static partial class BlockKitRenderer
{
    /// <summary>
    /// The fill-in modal of one frame: each row's canon text, then a plain-text input per baseline and target and a
    /// date picker per date, labelled by row. Each input's block_id and action_id is its fill key
    /// ("smart.1.baseline"), so the submitted view state maps straight onto the exports' filled values.
    /// When the rows and inputs together pass Slack's 100 blocks, the rows' text is left to the input labels.
    /// </summary>
    /// <param name="answer">The goals answer the modal fills in.</param>
    /// <param name="frame">The frame to fill in; the answer must have it.</param>
    /// <param name="privateMetadata">What the submission must carry back (the payload), at most 3,000 characters.</param>
    public static ModalView FillInModal(GoalsAnswer answer, FrameKind frame, string privateMetadata)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(privateMetadata);
        if (privateMetadata.Length > SlackLimits.PrivateMetadataLength)
        {
            throw new ArgumentException($"private_metadata is limited to {SlackLimits.PrivateMetadataLength} characters.", nameof(privateMetadata));
        }

        var goalFrame = answer.Frames.Find(frame) ?? throw new ArgumentException($"The profile has no {frame.Key()} frame.", nameof(frame));
        var inputs = goalFrame.Rows.Sum(r => r.Units.Sum(u => FillKeys.Each.Count(p => (u.Placeholders & p) != 0)));
        var withRowText = inputs + goalFrame.Rows.Count() <= SlackLimits.ModalBlocks;
        var blocks = new List<Block>();
        foreach (var row in goalFrame.Rows)
        {
            if (withRowText)
            {
                blocks.AddRange(SlackParts.Chunks(SlackParts.Bold(row.Number + ". " + row.CanonText)).Select(SlackParts.Section));
            }

            foreach (var unit in row.Units)
            {
                foreach (var placeholder in FillKeys.Each.Where(p => (unit.Placeholders & p) != 0))
                {
                    blocks.Add(Input(row, unit, placeholder));
                }
            }
        }

        var title = CardWords.ModalTitle + goalFrame.Name;
        return new ModalView
        {
            Title = new PlainText(title.Length <= SlackLimits.ViewTitleLength ? title : CardWords.FillIn),
            Submit = new PlainText(CardWords.ModalSubmit),
            Close = new PlainText(CardWords.ModalClose),
            CallbackId = CardVerbs.Fill + "." + frame.Key(),
            PrivateMetadata = privateMetadata,
            Blocks = blocks,
        };
    }

    private static InputBlock Input(FrameRow row, FillUnit unit, Placeholders placeholder)
    {
        var key = FillKeys.Of(unit.Id, placeholder);
        var unitName = row.Units.Count > 1 ? " · " + AdaptiveCardRenderer.UnitName(unit.Id) : string.Empty;
        var label = CardWords.Row + " " + row.Number + unitName + " · " + AdaptiveCardRenderer.InputLabel(placeholder);
        BlockElement element = placeholder == Placeholders.Date
            ? new DatePickerElement { ActionId = key }
            : new PlainTextInputElement
            {
                ActionId = key,
                MaxLength = 200,
                Placeholder = new PlainText(placeholder == Placeholders.Baseline ? CardWords.BaselineHint : CardWords.TargetHint),
            };
        return new InputBlock { BlockId = key, Label = new PlainText(label), Element = element, Optional = true };
    }
}
