using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;

namespace JobFrame.Cards.Rendering;

public static partial class AdaptiveCardRenderer
{
    /// <summary>The level card: each of the six bars drawn across the track, with its canon text beside it.</summary>
    private static (List<CardElement> Body, List<CardAction> Actions) Level(LevelAnswer answer, CardRenderOptions options)
    {
        var level = answer.Level;
        List<CardElement> body;
        if (answer.Profile is { } profile)
        {
            body = PlainHeader(profile, answer.Resolution, "level-why");
        }
        else
        {
            // A level asked for on its own, or the level-only answer: the universal bars, tied to no role.
            body = [CardParts.Title(level.DisplayName), CardParts.Subtle(EngineNotices.UniversalLevel, Spacing.None)];
            if (PlainWords.MeaningLabel(level) is { } meaning)
            {
                body.Add(CardParts.Labelled(meaning, level.Summary!));
            }
        }

        if (answer is { NoRoleMatched: true, Resolution: { } unmatched })
        {
            body.Add(new TextBlock { Text = AdaptiveMarkdown.Escape(EngineNotices.NoRoleMatched(unmatched.Query)), Wrap = true, Color = TextColor.Attention });
            body.Add(CardParts.Subtle(unmatched.Evidence, Spacing.None));
        }

        if (!level.HasData)
        {
            body.Add(CardParts.Text(EngineNotices.LevelWithoutData));
            if (answer.Track.Count > 0)
            {
                body.Add(LevelTrack.Draw(answer.Track, level.Code, Spacing.Medium));
            }
        }

        if (level.TypicalExperience is not null)
        {
            body.Add(CardParts.Labelled(CardWords.TypicalExperience + ":", level.TypicalExperience));
        }

        if (PlainWords.TrackPosition(answer.Track, level.Code) is { } position)
        {
            body.Add(CardParts.Subtle(position, Spacing.Small));
        }

        foreach (var bar in level.Bars)
        {
            body.Add(Bar(bar, answer.Track, level.Code));
        }

        // A detour from a goals card: every button carries what was typed there, so its goals come back filled in.
        var actions = new List<CardAction>();
        if (answer.Profile is not null)
        {
            actions.Add(CardParts.Bot(options, CardWords.GoalsForLevel, CardFills.Carry(ActionPayloads.Goals(answer.Profile.Code), answer.Fills)));
        }

        if (answer.NextLevel is { } next)
        {
            actions.Add(CardParts.Bot(options, CardWords.CompareNext, CardFills.Carry(ActionPayloads.Compare(level.Code, next.Code, answer.Profile?.Code), answer.Fills)));
        }

        if (answer.PreviousLevel is { } previous)
        {
            actions.Add(CardParts.Bot(options, CardWords.ComparePrevious, CardFills.Carry(ActionPayloads.Compare(previous.Code, level.Code, answer.Profile?.Code), answer.Fills)));
        }

        return (body, actions);
    }

    /// <summary>
    /// One bar: its name with the canon text and source beside it, then the track across the card's full width,
    /// so each level's cell has room for its label.
    /// </summary>
    private static Container Bar(LevelBar bar, IReadOnlyList<string> track, string current) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "1", Items = [CardParts.Heading(bar.Dimension.DisplayName(), Spacing.None)] },
                    new Column { Width = "3", Items = [CardParts.Text(bar.Text), CardParts.Source(SourceLabelOf(bar.Dimension))] },
                ],
            },

            // A taxonomy role has no track in the canon: no track is drawn for it.
            .. track.Count > 0 ? [LevelTrack.Draw(track, current)] : Array.Empty<CardElement>(),
        ],
    };

    /// <summary>"level dimension (Scope)": the label the frames and the text export give a level bar.</summary>
    internal static string SourceLabelOf(LevelDimension dimension) => "level dimension (" + dimension.DisplayName() + ")";
}
