namespace JobFrame.Engine.Frames;

/// <summary>How each placeholder is written on the page and named in a fill key.</summary>
internal static class PlaceholderNames
{
    public static readonly Placeholders[] Each = [Placeholders.Baseline, Placeholders.Target, Placeholders.Date];

    /// <summary>"⟨baseline⟩": what the page shows until the manager fills the slot.</summary>
    public static string Display(Placeholders placeholder) => placeholder switch
    {
        Placeholders.Baseline => "⟨baseline⟩",
        Placeholders.Target => "⟨target⟩",
        Placeholders.Date => "⟨date⟩",
        _ => throw new ArgumentOutOfRangeException(nameof(placeholder), placeholder, "exactly one placeholder"),
    };

    /// <summary>"baseline", "target" or "date": the last part of a fill key such as "smart.1.baseline".</summary>
    public static string Key(Placeholders placeholder) => placeholder switch
    {
        Placeholders.Baseline => "baseline",
        Placeholders.Target => "target",
        Placeholders.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(placeholder), placeholder, "exactly one placeholder"),
    };

    public static bool TryParseKey(ReadOnlySpan<char> key, out Placeholders placeholder)
    {
        foreach (var candidate in Each)
        {
            if (key.Equals(Key(candidate), StringComparison.OrdinalIgnoreCase))
            {
                placeholder = candidate;
                return true;
            }
        }

        placeholder = Placeholders.None;
        return false;
    }
}
