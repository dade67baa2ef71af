using JobFrame.Cards.BlockKit;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cards.Rendering;

public static partial class BlockKitRenderer
{
    /// <summary>
    /// A profile's answer opens in plain words: the role as the header, its level and family, what the level means,
    /// and the level's place on its track as words.
    /// </summary>
    private static IEnumerable<Block> PlainHeader(Profile profile, IReadOnlyList<string> track)
    {
        yield return SlackParts.Header(PlainWords.RoleName(profile));
        var text = SlackParts.Bold(PlainWords.LevelLine(profile));
        if (PlainWords.MeaningLabel(profile.Level) is { } meaning)
        {
            text += "\n" + SlackParts.Bold(meaning) + " " + Mrkdwn.Escape(profile.Level.Summary!);
        }

        yield return SlackParts.Section(text);
        if (PlainWords.TrackPosition(track, profile.Level.Code) is { } position)
        {
            yield return SlackParts.Context(position);
        }
    }

    /// <summary>
    /// "Why this match?" as a context block near the end: the question, the match confidence and evidence, the code,
    /// where the profile sits in the canon and a taxonomy role's status, available without leading the answer.
    /// </summary>
    private static ContextBlock WhyThisMatch(Profile profile, TitleResolution? resolution) => new()
    {
        Elements =
        [
            new Mrkdwn(SlackParts.Bold(CardWords.WhyThisMatch)),
            .. PlainWords.Evidence(profile, resolution)
                .Take(SlackLimits.ContextElements - 1)
                .Select(f => (TextObject)SlackParts.ContextText(f.Label + ": " + f.Value)),
        ],
    };
}
