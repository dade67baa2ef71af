using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;

namespace JobFrame.Cards.Rendering;

public static partial class AdaptiveCardRenderer
{
    /// <summary>Two levels side by side, dimension by dimension, each dimension marked as changing or the same.</summary>
    private static (List<CardElement> Body, List<CardAction> Actions) Compare(CompareAnswer answer, CardRenderOptions options)
    {
        var body = new List<CardElement>
        {
            CardParts.Title(answer.Left.DisplayName + "  →  " + answer.Right.DisplayName),
            SideBySide(CardParts.Heading(answer.Left.Code, Spacing.None), CardParts.Heading(answer.Right.Code, Spacing.None), Spacing.Medium),
        };
        if (answer.NothingToCompare is { } nothing)
        {
            body.Add(CardParts.Text(nothing));
        }

        foreach (var row in answer.Dimensions)
        {
            body.Add(new TextBlock
            {
                Text = "**" + row.Dimension.DisplayName() + "** · " + (row.Changed ? CardWords.Changes : CardWords.Same),
                Color = row.Changed ? TextColor.Accent : TextColor.Default,
                Wrap = true,
                Separator = true,
                Spacing = Spacing.Medium,
            });
            body.Add(SideBySide(Side(row.Left, row.Dimension), Side(row.Right, row.Dimension), Spacing.Small));
        }

        List<CardAction> actions =
        [
            CardParts.Bot(options, CardWords.LevelDetails + " " + answer.Left.Code, CardFills.Carry(ActionPayloads.Level(answer.Left.Code), answer.Fills)),
            CardParts.Bot(options, CardWords.LevelDetails + " " + answer.Right.Code, CardFills.Carry(ActionPayloads.Level(answer.Right.Code), answer.Fills)),
        ];
        return (body, actions);
    }

    private static Container Side(string text, LevelDimension dimension) => new()
    {
        Items = [CardParts.Text(text), CardParts.Source(SourceLabelOf(dimension))],
    };

    private static ColumnSet SideBySide(CardElement left, CardElement right, Spacing spacing) => new()
    {
        Spacing = spacing,
        Columns =
        [
            new Column { Width = "1", Items = [left] },
            new Column { Width = "1", Items = [right] },
        ],
    };
}
