using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Exports;

/// <summary>
/// A manager's filled-in baseline / target / date values, keyed by fill id (see <see cref="GoalFrameBuilder"/>).
/// Values are sanitised on the way in (<see cref="FillSanitizer"/>): one line, trimmed, at most 200 characters.
/// An empty value is not stored, so its placeholder stays. Immutable: <see cref="With"/> returns a new set.
/// </summary>
public sealed class FilledValues
{
    private readonly Dictionary<string, Slots> _byFillId;

    private FilledValues(Dictionary<string, Slots> byFillId)
    {
        _byFillId = byFillId;
    }

    /// <summary>No values: every placeholder shows.</summary>
    public static FilledValues Empty { get; } = new(new Dictionary<string, Slots>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The fill ids that have at least one value.</summary>
    public IReadOnlyCollection<string> FillIds => _byFillId.Keys;

    /// <summary>
    /// Reads pairs such as "smart.1.baseline=12%", "okr.2.kr2.date=Q3", "scorecard.6.target=met". When one frame is
    /// selected (<paramref name="only"/>), "1.baseline=12%" is read as that frame's row. The value is everything after
    /// the first '='. A later pair for the same slot wins.
    /// </summary>
    /// <exception cref="FormatException">A pair is not "&lt;fill id&gt;.&lt;baseline|target|date&gt;=&lt;value&gt;".</exception>
    public static FilledValues Parse(IEnumerable<string> pairs, FrameKind? only = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var byFillId = new Dictionary<string, Slots>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var (fillId, placeholder, value) = ParsePair(pair, only);
            Set(byFillId, fillId, placeholder, FillSanitizer.Sanitize(value));
        }

        return new FilledValues(byFillId);
    }

    /// <summary>A copy with one slot set (or cleared, when the sanitised value is empty).</summary>
    public FilledValues With(string fillId, Placeholders placeholder, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fillId);
        if (placeholder is not (Placeholders.Baseline or Placeholders.Target or Placeholders.Date))
        {
            throw new ArgumentOutOfRangeException(nameof(placeholder), placeholder, "exactly one placeholder");
        }

        var copy = new Dictionary<string, Slots>(_byFillId.Count + 1, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, slots) in _byFillId)
        {
            copy[id] = slots;
        }

        Set(copy, fillId.Trim(), placeholder, FillSanitizer.Sanitize(value));
        return new FilledValues(copy);
    }

    /// <summary>The value for one slot, or null when the placeholder stays.</summary>
    public string? Get(string fillId, Placeholders placeholder)
    {
        if (_byFillId.Count == 0 || !_byFillId.TryGetValue(fillId, out var slots))
        {
            return null;
        }

        return placeholder switch
        {
            Placeholders.Baseline => slots.Baseline,
            Placeholders.Target => slots.Target,
            Placeholders.Date => slots.Date,
            _ => null,
        };
    }

    /// <summary>
    /// The fill ids that name no fill unit of <paramref name="frames"/>, or name a slot the unit does not have
    /// ("mbo.1.baseline": MBO areas have no baseline), so a caller can tell the manager.
    /// </summary>
    public IReadOnlyList<string> Unmatched(GoalFrames frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var units = new Dictionary<string, Placeholders>(StringComparer.OrdinalIgnoreCase);
        foreach (var frame in frames.Frames)
        {
            foreach (var row in frame.Rows)
            {
                foreach (var unit in row.Units)
                {
                    units[unit.Id] = unit.Placeholders;
                }
            }
        }

        var unmatched = new List<string>();
        foreach (var (id, slots) in _byFillId)
        {
            var has = units.GetValueOrDefault(id);
            foreach (var placeholder in PlaceholderNames.Each)
            {
                if (slots.Has(placeholder) && (has & placeholder) == 0)
                {
                    unmatched.Add(id + "." + PlaceholderNames.Key(placeholder));
                }
            }
        }

        unmatched.Sort(StringComparer.Ordinal);
        return unmatched;
    }

    private static (string FillId, Placeholders Placeholder, string Value) ParsePair(string pair, FrameKind? only)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var key = (equals < 0 ? pair : pair[..equals]).Trim();
        var lastDot = key.LastIndexOf('.');
        if (equals < 0 || lastDot <= 0 || !PlaceholderNames.TryParseKey(key.AsSpan(lastDot + 1), out var placeholder))
        {
            throw new FormatException($"'{pair}' is not <row>.<baseline|target|date>=<value>, e.g. smart.1.baseline=12%");
        }

        var fillId = key[..lastDot].ToLowerInvariant();
        var firstDot = fillId.IndexOf('.', StringComparison.Ordinal);
        if (firstDot < 0 || !FrameKinds.TryParse(fillId.AsSpan(0, firstDot), out _))
        {
            if (only is null)
            {
                throw new FormatException($"'{pair}' does not name its frame: write smart.{fillId}, okr.{fillId}, mbo.{fillId} or scorecard.{fillId}");
            }

            fillId = only.Value.Key() + "." + fillId;
        }

        foreach (var c in fillId)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '.'))
            {
                throw new FormatException($"'{pair}': a row id has only letters, digits and dots");
            }
        }

        return (fillId, placeholder, pair[(equals + 1)..]);
    }

    private static void Set(Dictionary<string, Slots> byFillId, string fillId, Placeholders placeholder, string? value)
    {
        var slots = byFillId.GetValueOrDefault(fillId) ?? new Slots();
        slots = placeholder switch
        {
            Placeholders.Baseline => slots with { Baseline = value },
            Placeholders.Target => slots with { Target = value },
            _ => slots with { Date = value },
        };

        if (slots.IsEmpty)
        {
            byFillId.Remove(fillId);
        }
        else
        {
            byFillId[fillId] = slots;
        }
    }

    private sealed record Slots(string? Baseline = null, string? Target = null, string? Date = null)
    {
        public bool IsEmpty => Baseline is null && Target is null && Date is null;

        public bool Has(Placeholders placeholder) => placeholder switch
        {
            Placeholders.Baseline => Baseline is not null,
            Placeholders.Target => Target is not null,
            _ => Date is not null,
        };
    }
}
