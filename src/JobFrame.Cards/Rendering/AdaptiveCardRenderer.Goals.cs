using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Rendering;

namespace JobFrame.Cards.Rendering;

public static partial class AdaptiveCardRenderer
{
    /// <summary>
    /// The goals card: header, match evidence, compact level bars, then one frame in view with its inputs; the other
    /// frames are one tap away (a button that asks for the card with that frame), which keeps the card far under
    /// Teams' size limit even for the largest profile.
    /// </summary>
    private static (List<CardElement> Body, List<CardAction> Actions) Goals(GoalsAnswer answer, CardRenderOptions options)
    {
        var profile = answer.Profile;
        var frames = answer.Frames;
        var body = new List<CardElement> { CardParts.Title(frames.Title), CardParts.Subtle(frames.HeaderLine, Spacing.None) };
        if (RoleFacts(profile.Role) is { } roleFacts)
        {
            body.Add(CardParts.Subtle(roleFacts, Spacing.None));
        }

        if (answer.Resolution is { Match: not null } resolution)
        {
            body.Add(CardParts.Subtle(PlainTextRenderer.MatchLine(resolution)));
        }

        if (answer.MissingFrameNotice is { } notice)
        {
            body.Add(new TextBlock { Text = AdaptiveMarkdown.Escape(notice), Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Medium });
        }

        body.Add(CompactBars(profile));

        // The level's own buttons sit under its bars; the card's actions are the exports, which gather the inputs.
        var levelButtons = new List<CardAction> { CardParts.Bot(options, CardWords.LevelDetails, ActionPayloads.LevelOfProfile(profile.Code)) };
        if (answer.NextLevel is { } next)
        {
            levelButtons.Add(CardParts.Bot(options, CardWords.CompareNext, ActionPayloads.Compare(profile.Level.Code, next.Code, profile.Code)));
        }

        body.Add(CardParts.Buttons(levelButtons, Spacing.Small));

        var inView = InView(answer);
        if (inView is not null)
        {
            if (frames.Frames.Count > 1)
            {
                body.Add(FrameSwitcher(frames, inView.Kind, profile.Code, options));
            }

            body.AddRange(Frame(inView));
        }

        body.Add(CardParts.Subtle(frames.Disclaimer, Spacing.Large));

        var exportFrame = answer.RequestedFrame;
        var actions = new List<CardAction>
        {
            CardParts.Bot(options, CardWords.ExportText, ActionPayloads.Export(profile.Code, ExportFormat.Text, exportFrame), withInputs: true),
            CardParts.Bot(options, CardWords.ExportMarkdown, ActionPayloads.Export(profile.Code, ExportFormat.Markdown, exportFrame), withInputs: true),
            CardParts.Bot(options, CardWords.ExportCsv, ActionPayloads.Export(profile.Code, ExportFormat.Csv, exportFrame), withInputs: true),
        };

        return (body, actions);
    }

    /// <summary>The frame the card shows: the one asked for, else the first the profile has (SMART where it exists).</summary>
    internal static GoalFrame? InView(GoalsAnswer answer) =>
        (answer.RequestedFrame is { } kind ? answer.Frames.Find(kind) : null) ?? answer.Frames.Frames.FirstOrDefault();

    private static string? RoleFacts(TaxonomyRole? role)
    {
        if (role is null)
        {
            return null;
        }

        var facts = new List<string>();
        if (role.Status is not null)
        {
            facts.Add(CardWords.Status + ": " + role.Status);
        }

        if (role.Confidence is not null)
        {
            facts.Add(CardWords.Confidence + ": " + role.Confidence);
        }

        return facts.Count == 0 ? null : string.Join(" · ", facts);
    }

    /// <summary>The six bars in a small table under the track: the goals card's reminder of what the level means.</summary>
    private static Container CompactBars(Profile profile) => new()
    {
        Spacing = Spacing.Medium,
        Style = ContainerStyle.Emphasis,
        Items =
        [
            CardParts.Heading(CardWords.LevelBars + " — " + profile.Level.DisplayName, Spacing.None),

            // A taxonomy role has no track in the canon: its level is shown, no track is drawn.
            .. profile.Track.Count > 0 ? [LevelTrack.Draw(profile.Track, profile.Level.Code)] : Array.Empty<CardElement>(),
            new FactSet { Facts = [.. profile.Level.Bars.Select(b => CardParts.Fact(b.Dimension.DisplayName(), b.Text))] },
        ],
    };

    /// <summary>The other frames, one tap away: each button asks for this card with that frame in view.</summary>
    private static ActionSet FrameSwitcher(GoalFrames frames, FrameKind inView, string profileCode, CardRenderOptions options) =>
        CardParts.Buttons(
            frames.Frames.Where(frame => frame.Kind != inView)
                .Select(frame => CardParts.Bot(options, CardWords.Show + frame.Name, ActionPayloads.Goals(profileCode, frame.Kind))),
            Spacing.Medium);

    private static IEnumerable<CardElement> Frame(GoalFrame frame)
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
                yield return Row(row);
            }
        }
    }

    private static Container Row(FrameRow row)
    {
        var items = new List<CardElement>
        {
            new TextBlock { Text = row.Number + "\\. " + AdaptiveMarkdown.Escape(row.CanonText), Weight = TextWeight.Bolder, Wrap = true },
            CardParts.Source(row.Source),
        };
        foreach (var line in row.Lines)
        {
            var text = string.Concat(line.Segments.Select(s => s.Text));
            items.Add(line.Label is null ? CardParts.Text(text) : CardParts.Labelled(line.Label, text));
        }

        foreach (var unit in row.Units)
        {
            if (Inputs(unit, row.Units.Count > 1) is { } inputs)
            {
                items.Add(inputs);
            }
        }

        return new Container { Separator = true, Spacing = Spacing.Medium, Items = items };
    }

    /// <summary>Baseline, target and date side by side, with ids that are the exports' fill keys.</summary>
    private static ColumnSet? Inputs(FillUnit unit, bool nameTheUnit)
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

            CardElement input = placeholder == Placeholders.Date
                ? new InputDate { Id = id, Label = label }
                : new InputText { Id = id, Label = label, Placeholder = placeholder == Placeholders.Baseline ? CardWords.BaselineHint : CardWords.TargetHint, MaxLength = 200 };
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
