namespace JobFrame.Engine.Frames;

/// <summary>
/// The frames' short keys ("smart", "okr", "mbo", "scorecard"): the first part of every row id and the word
/// a manager types to pick one frame.
/// </summary>
public static class FrameKinds
{
    /// <summary>Every frame in page order.</summary>
    public static IReadOnlyList<FrameKind> InPageOrder { get; } = [FrameKind.Smart, FrameKind.Okr, FrameKind.Mbo, FrameKind.Scorecard];

    /// <summary>"smart", "okr", "mbo" or "scorecard".</summary>
    public static string Key(this FrameKind kind) => kind switch
    {
        FrameKind.Smart => "smart",
        FrameKind.Okr => "okr",
        FrameKind.Mbo => "mbo",
        FrameKind.Scorecard => "scorecard",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a frame key in any case; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> key, out FrameKind kind)
    {
        foreach (var candidate in InPageOrder)
        {
            if (key.Equals(candidate.Key(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
