using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cards.Rendering;

public static partial class AdaptiveCardRenderer
{
    /// <summary>
    /// The goals card: in plain words first the role, its level and what the level means, with the level strip and
    /// its text equivalent; "Why this match?" shows the evidence and codes in place. Then the level's bars, one frame
    /// in view with its inputs (holding whatever the manager typed before), and the exports. The other frames are one
    /// tap away (a button that asks for the card with that frame), which keeps the card far under Teams' size limit
    /// even for the largest profile. Every button submits the inputs and carries the values typed in other frames,
    /// so switching frames, a level-details detour or an export keeps everything typed.
    /// </summary>
    private static (List<CardElement> Body, List<CardAction> Actions) Goals(GoalsAnswer answer, CardRenderOptions options)
    {
        var profile = answer.Profile;
        var frames = answer.Frames;
        var inView = InView(answer);
        var body = PlainHeader(profile, answer.Resolution, "goals-why");
        if (answer.MissingFrameNotice is { } notice)
        {
            body.Add(new TextBlock { Text = AdaptiveMarkdown.Escape(notice), Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Medium });
        }

        body.Add(CompactBars(profile));

        // Values of the frames not in view ride along in every button; the inputs in view are submitted with it.
        var carried = CardFills.Except(answer.Fills, inView?.Kind);
        var levelButtons = new List<CardAction>
        {
            CardParts.Bot(options, CardWords.LevelDetails, CardFills.Carry(ActionPayloads.LevelOfProfile(profile.Code), carried), withInputs: true),
        };
        if (answer.NextLevel is { } next)
        {
            levelButtons.Add(CardParts.Bot(options, CardWords.CompareNext, CardFills.Carry(ActionPayloads.Compare(profile.Level.Code, next.Code, profile.Code), carried), withInputs: true));
        }

        body.Add(CardParts.Buttons(levelButtons, Spacing.Small));

        if (inView is not null)
        {
            if (frames.Frames.Count > 1)
            {
                body.Add(FrameSwitcher(frames, inView.Kind, profile.Code, carried, options));
            }

            body.AddRange(Frame(inView, answer.Fills));
        }

        body.Add(CardParts.Subtle(frames.Disclaimer, Spacing.Large));

        // The exports hold the whole sheet: every frame, with everything typed in any of them.
        var actions = new List<CardAction>
        {
            CardParts.Bot(options, CardWords.ExportText, CardFills.Carry(ActionPayloads.Export(profile.Code, ExportFormat.Text, null), carried), withInputs: true),
            CardParts.Bot(options, CardWords.ExportMarkdown, CardFills.Carry(ActionPayloads.Export(profile.Code, ExportFormat.Markdown, null), carried), withInputs: true),
            CardParts.Bot(options, CardWords.ExportCsv, CardFills.Carry(ActionPayloads.Export(profile.Code, ExportFormat.Csv, null), carried), withInputs: true),
        };

        return (body, actions);
    }

    /// <summary>
    /// The plain-words header of a profile's answer: the role, its level with its family, what the level means,
    /// then a "Why this match?" button that shows the evidence and codes right under it.
    /// </summary>
    private static List<CardElement> PlainHeader(Profile profile, TitleResolution? resolution, string whyId)
    {
        var body = new List<CardElement>
        {
            CardParts.Title(PlainWords.RoleName(profile)),
            new TextBlock { Text = AdaptiveMarkdown.Escape(PlainWords.LevelLine(profile)), Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.None },
        };
        if (PlainWords.MeaningLabel(profile.Level) is { } meaning)
        {
            body.Add(CardParts.Labelled(meaning, profile.Level.Summary!));
        }

        var (why, toggle) = CardParts.Collapsed(whyId, CardWords.WhyThisMatch,
            [new FactSet { Facts = [.. PlainWords.Evidence(profile, resolution).Select(f => CardParts.Fact(f.Label, f.Value))] }]);
        body.Add(CardParts.Buttons([toggle], Spacing.Small));
        body.Add(why);
        return body;
    }

    /// <summary>The frame the card shows: the one asked for, else the first the profile has (SMART where it exists).</summary>
    internal static GoalFrame? InView(GoalsAnswer answer) =>
        (answer.RequestedFrame is { } kind ? answer.Frames.Find(kind) : null) ?? answer.Frames.Frames.FirstOrDefault();

    /// <summary>The six bars in a small table under the track: the goals card's reminder of what the level means.</summary>
    private static Container CompactBars(Profile profile) => new()
    {
        Spacing = Spacing.Medium,
        Style = ContainerStyle.Emphasis,
        Items =
        [
            CardParts.Heading(CardWords.LevelBars + " — " + profile.Level.DisplayName, Spacing.None),
            .. LevelTrack.WithWords(profile.Track, profile.Level.Code),
            new FactSet { Facts = [.. profile.Level.Bars.Select(b => CardParts.Fact(b.Dimension.DisplayName(), b.Text))] },
        ],
    };

    /// <summary>The other frames, one tap away: each button asks for this card with that frame in view.</summary>
    private static ActionSet FrameSwitcher(GoalFrames frames, FrameKind inView, string profileCode, FilledValues carried, CardRenderOptions options) =>
        CardParts.Buttons(
            frames.Frames.Where(frame => frame.Kind != inView)
                .Select(frame => CardParts.Bot(options, CardWords.Show + frame.Name, CardFills.Carry(ActionPayloads.Goals(profileCode, frame.Kind), carried), withInputs: true)),
            Spacing.Medium);

    private static IEnumerable<CardElement> Frame(GoalFrame frame, FilledValues fills)
    {
        yield return CardParts.Heading(frame.Name, Spacing.Medium);
        yield return CardParts.Subtle(frame.Intro, Spacing.None);
        foreach (var section in frame.Sections)
        {
            if (section.Heading is not null)
            {
                yield return CardParts.Heading(section.Heading);
            }

            foreach (var row in section.Rows)
            {
                yield return Row(row, fills);
            }
        }
    }

    private static Container Row(FrameRow row, FilledValues fills)
    {
        var items = new List<CardElement>
        {
            new TextBlock { Text = row.Number + "\\. " + AdaptiveMarkdown.Escape(row.CanonText), Weight = TextWeight.Bolder, Wrap = true },
            CardParts.Source(row.Source),
        };
        foreach (var line in row.Lines.Where(line => !CardFills.OnlySlots(line)))
        {
            var text = string.Concat(line.Segments.Select(s => s.Text));
            items.Add(line.Label is null ? CardParts.Text(text) : CardParts.Labelled(line.Label, text));
        }

        foreach (var unit in row.Units)
        {
            if (Inputs(unit, row.Units.Count > 1, fills) is { } inputs)
            {
                items.Add(inputs);
            }
        }

        return new Container { Separator = true, Spacing = Spacing.Medium, Items = items };
    }

    /// <summary>Baseline, target and date side by side, with ids that are the exports' fill keys.</summary>
    private static ColumnSet? Inputs(FillUnit unit, bool nameTheUnit, FilledValues fills)
    {
        var columns = new List<Column>();
        foreach (var placeholder in FillKeys.Each)
        {
            if ((unit.Placeholders & placeholder) == 0)
            {
                continue;
            }

            var id = FillKeys.Of(unit.Id, placeholder);
            var label = InputLabel(placeholder);
            if (nameTheUnit && columns.Count == 0)
            {
                label = UnitName(unit.Id) + " " + label.ToLowerInvariant();
            }

            var value = fills.Get(unit.Id, placeholder);
            CardElement input = placeholder == Placeholders.Date
                ? new InputDate { Id = id, Label = label, Value = CardFills.IsoDate(value) }
                : new InputText { Id = id, Label = label, Value = value, Placeholder = placeholder == Placeholders.Baseline ? CardWords.BaselineHint : CardWords.TargetHint, MaxLength = 200 };
            columns.Add(new Column { Width = "stretch", Items = [input] });
        }

        return columns.Count == 0 ? null : new ColumnSet { Spacing = Spacing.Small, Columns = columns };
    }

    internal static string InputLabel(Placeholders placeholder) => placeholder switch
    {
        Placeholders.Baseline => CardWords.Baseline,
        Placeholders.Target => CardWords.Target,
        _ => CardWords.Date,
    };

    /// <summary>"KR2" of "okr.1.kr2": the part of a unit id that tells key results apart.</summary>
    internal static string UnitName(string unitId) => unitId[(unitId.LastIndexOf('.') + 1)..].ToUpperInvariant();
}
