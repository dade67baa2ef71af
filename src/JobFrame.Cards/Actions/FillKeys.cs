using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Actions;

/// <summary>
/// The ids of fill-in inputs: "&lt;fill id&gt;.&lt;baseline|target|date&gt;", the pair keys the exports read
/// (<see cref="JobFrame.Engine.Exports.FilledValues"/>), so submitted inputs need no translation.
/// </summary>
public static class FillKeys
{
    public static readonly Placeholders[] Each = [Placeholders.Baseline, Placeholders.Target, Placeholders.Date];

    public static string Of(string fillId, Placeholders placeholder) => fillId + "." + Name(placeholder);

    public static string Name(Placeholders placeholder) => placeholder switch
    {
        Placeholders.Baseline => "baseline",
        Placeholders.Target => "target",
        Placeholders.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(placeholder), placeholder, "exactly one placeholder"),
    };

    /// <summary>Reads "okr.2.kr1.target" into its fill id and slot; false for any other input id.</summary>
    public static bool TryParse(string key, out string fillId, out Placeholders placeholder)
    {
        fillId = string.Empty;
        placeholder = Placeholders.None;
        var lastDot = key.LastIndexOf('.');
        var firstDot = key.IndexOf('.', StringComparison.Ordinal);
        if (lastDot <= 0 || firstDot == lastDot || !FrameKinds.TryParse(key.AsSpan(0, firstDot), out _))
        {
            return false;
        }

        foreach (var candidate in Each)
        {
            if (key.AsSpan(lastDot + 1).Equals(Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                placeholder = candidate;
            }
        }

        var id = key[..lastDot];
        if (placeholder == Placeholders.None || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '.'))
        {
            return false;
        }

        fillId = id.ToLowerInvariant();
        return true;
    }
}
