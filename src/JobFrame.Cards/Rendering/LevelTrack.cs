using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// A level track drawn with card elements, not images: one styled cell per level of the track (P1 … P7),
/// the levels up to the current one filled and the current one labelled in bold.
/// </summary>
internal static class LevelTrack
{
    public static ColumnSet Draw(IReadOnlyList<string> track, string current, Spacing spacing = Spacing.Small)
    {
        var currentIndex = IndexOf(track, current);
        return new ColumnSet
        {
            Spacing = spacing,
            Columns =
            [
                .. track.Select((code, index) => new Column
                {
                    Width = "stretch",
                    Spacing = Spacing.None,
                    Style = index == currentIndex ? ContainerStyle.Accent : index < currentIndex ? ContainerStyle.Good : ContainerStyle.Emphasis,
                    Items =
                    [
                        new TextBlock
                        {
                            Text = code,
                            Size = TextSize.Small,
                            HorizontalAlignment = HorizontalAlignment.Center,
                            Weight = index == currentIndex ? TextWeight.Bolder : TextWeight.Default,
                            IsSubtle = index != currentIndex,
                        },
                    ],
                }),
            ],
        };
    }

    /// <summary>
    /// The strip with its text equivalent above it ("Level 4 of 7 on this track (P1 to P7)"): the colours say which
    /// level it is only to those who see them. Nothing for an empty track.
    /// </summary>
    public static IEnumerable<CardElement> WithWords(IReadOnlyList<string> track, string current, Spacing spacing = Spacing.Small)
    {
        // A taxonomy role has no track in the canon: its level is named, no track is drawn.
        if (track.Count == 0)
        {
            yield break;
        }

        if (PlainWords.TrackPosition(track, current) is { } words)
        {
            yield return CardParts.Subtle(words, spacing);
        }

        yield return Draw(track, current, Spacing.Small);
    }

    /// <summary>Where <paramref name="code"/> sits on the track (case-insensitive), or -1 when it is not on it.</summary>
    public static int IndexOf(IReadOnlyList<string> track, string code)
    {
        for (var i = 0; i < track.Count; i++)
        {
            if (string.Equals(track[i], code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
