using System.Text.Json.Nodes;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>Hand-built cards that exercise every wire type the renderers will use, and broken variants of them.</summary>
internal static class SampleCards
{
    public static AdaptiveCard TextOnly() => new()
    {
        Body = [new TextBlock { Text = "Goal templates — Senior ML Engineer", Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true }],
    };

    public static AdaptiveCard SingleText(string text) => new()
    {
        Body = [new TextBlock { Text = text, Wrap = true }],
    };

    public static AdaptiveCard EveryElement() => new()
    {
        FallbackText = "Goal templates",
        Body =
        [
            new TextBlock { Text = "Goal templates — Senior ML Engineer", Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = AdaptiveMarkdown.Escape("Matched *Senior* ML [Engineer](https://x)"), IsSubtle = true, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new Fact { Title = "Code", Value = "AIML-P4" },
                    new Fact { Title = "Level", Value = "P4 — Senior" },
                ],
            },
            LevelBar(filled: 4, of: 7),
            new RichTextBlock { Inlines = [new TextRun { Text = "Source: levels", IsSubtle = true, Italic = true }] },
            new InputText { Id = "smart.1.baseline", Label = "Baseline", Placeholder = "where it stands today" },
            new InputDate { Id = "smart.1.date", Label = "By", Min = "2026-01-01" },
            new Container
            {
                Id = "okr",
                IsVisible = false,
                Style = ContainerStyle.Emphasis,
                Items = [new TextBlock { Text = "OKRs", Weight = TextWeight.Bolder }],
            },
            new ActionSet
            {
                Actions = [new ActionToggleVisibility { Title = "OKRs", TargetElements = [new TargetElement { ElementId = "okr" }] }],
            },
        ],
        Actions =
        [
            new ActionSubmit
            {
                Title = "Export as text",
                Data = new CardActionData { Verb = CardVerbs.Export, ProfileCode = "AIML-P4", Frame = "smart", Format = "text" },
            },
            new ActionShowCard
            {
                Title = "Level details",
                Card = new AdaptiveCard { Body = [new TextBlock { Text = "Six level bars", Wrap = true }] },
            },
            new ActionToggleVisibility { Title = "Show OKRs", TargetElements = [new TargetElement { ElementId = "okr", IsVisible = true }] },
        ],
    };

    /// <summary>A level track drawn with styled containers: the current level filled and labelled, the others empty.</summary>
    public static ColumnSet LevelBar(int filled, int of) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            .. Enumerable.Range(1, of).Select(level => new Column
            {
                Width = "stretch",
                Style = level == filled ? ContainerStyle.Accent : ContainerStyle.Emphasis,
                MinHeight = "24px",
                VerticalContentAlignment = VerticalContentAlignment.Center,
                Items = [new TextBlock { Text = $"P{level}", Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Center, Weight = level == filled ? TextWeight.Bolder : TextWeight.Default }],
            }),
        ],
    };

    /// <summary>The first body element's type changed to one no schema or renderer knows.</summary>
    public static string WithUnknownElementType()
    {
        var card = JsonNode.Parse(AdaptiveCardSerializer.Serialize(TextOnly()))!;
        card["body"]![0]!["type"] = "Bogus";
        return card.ToJsonString();
    }

    /// <summary>The first text block's text turned into a number.</summary>
    public static string WithNumberForText()
    {
        var card = JsonNode.Parse(AdaptiveCardSerializer.Serialize(TextOnly()))!;
        card["body"]![0]!["text"] = 42;
        return card.ToJsonString();
    }

    /// <summary>Seven top-level actions: one more than Teams shows (host config actions.maxActions = 6).</summary>
    public static AdaptiveCard WithSevenActions() => new()
    {
        Body = [new TextBlock { Text = "Too many buttons" }],
        Actions = [.. Enumerable.Range(1, 7).Select(i => new ActionSubmit { Title = $"Action {i}", Data = new CardActionData { Verb = CardVerbs.Help } })],
    };
}
