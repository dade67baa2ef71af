using System.Globalization;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// The manager's typed values on their way through cards: back into the inputs they were typed in, and carried in
/// every button's payload under their fill keys ("smart.1.baseline"), where the inputs would have put them, so the
/// next card gets them whichever button was pressed. The bot keeps no state; the card does.
/// </summary>
internal static class CardFills
{
    /// <summary>The values of every frame but <paramref name="inView"/>: those whose inputs the card does not show.</summary>
    public static FilledValues Except(FilledValues fills, FrameKind? inView)
    {
        if (inView is null || fills.FillIds.Count == 0)
        {
            return fills;
        }

        var prefix = inView.Value.Key() + ".";
        var kept = FilledValues.Empty;
        foreach (var id in fills.FillIds.Where(id => !id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var placeholder in FillKeys.Each)
            {
                if (fills.Get(id, placeholder) is { } value)
                {
                    kept = kept.With(id, placeholder, value);
                }
            }
        }

        return kept;
    }

    /// <summary>The payload with every value of <paramref name="fills"/> added under its fill key.</summary>
    public static CardActionData Carry(CardActionData data, FilledValues fills)
    {
        foreach (var id in fills.FillIds.Order(StringComparer.Ordinal))
        {
            foreach (var placeholder in FillKeys.Each)
            {
                if (fills.Get(id, placeholder) is { } value)
                {
                    data.Values[FillKeys.Of(id, placeholder)] = ActionPayloads.JsonString(value);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// True for a template line that is nothing but the row's slots ("Time-bound: ⟨date⟩", "Target: ⟨target⟩
    /// Due: ⟨date⟩"): the inputs under the row say the same, so the card leaves it out. The exports keep it.
    /// </summary>
    public static bool OnlySlots(FrameLine line) =>
        line.Segments.Any(s => s.Kind == SegmentKind.Placeholder)
        && line.Segments.All(s => s.Kind == SegmentKind.Placeholder
            || (s.Kind == SegmentKind.Template && s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 1));

    /// <summary>A value an Input.Date can hold (yyyy-MM-dd), or null: "Q3" typed elsewhere stays in the payload only.</summary>
    public static string? IsoDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? value : null;
}
