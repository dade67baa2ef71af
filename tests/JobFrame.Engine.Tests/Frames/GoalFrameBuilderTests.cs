using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Tests.Exports;

namespace JobFrame.Engine.Tests.Frames;

public sealed class GoalFrameBuilderTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    private static GoalFrames P4 => GoalFrameBuilder.Build(Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!);

    private static GoalFrames TaxonomyP3 => GoalFrameBuilder.Build(Canon.FindProfile("AIMLAM.GEN.P3")!);

    [Fact]
    public void Build_P4_HeaderIsThePagesHeaderWordForWord()
    {
        var page = SeedPage.P4Text.Split('\n');

        Assert.Equal(page[2], P4.Title);
        Assert.Equal(page[4], P4.HeaderLine);
        Assert.Equal(page[6], P4.Disclaimer);
    }

    [Fact]
    public void Build_P4_HasTheFourFramesInPageOrderWithThePagesNamesAndIntros()
    {
        var page = SeedPage.P4Text.Split('\n');

        var frames = P4.Frames;

        Assert.Equal(FrameKinds.InPageOrder, frames.Select(f => f.Kind));
        foreach (var frame in frames)
        {
            var heading = Array.IndexOf(page, frame.Name);
            Assert.True(heading > 0, $"'{frame.Name}' is not a heading on the page");
            Assert.Equal(page[heading + 2], frame.Intro);
        }
    }

    [Fact]
    public void Build_P4_HasOneRowPerJfmResponsibilityInCanonOrder()
    {
        var responsibilities = Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!.FamilyLevel!.Responsibilities;

        foreach (var kind in new[] { FrameKind.Smart, FrameKind.Okr, FrameKind.Mbo })
        {
            Assert.Equal(responsibilities, P4.Find(kind)!.Rows.Select(r => r.CanonText));
        }

        Assert.Equal(responsibilities, P4.Find(FrameKind.Scorecard)!.Sections[0].Rows.Select(r => r.CanonText));
    }

    [Fact]
    public void Build_P4_RowAndFillIdsFollowTheDocumentedScheme()
    {
        Assert.Equal(["smart.1", "smart.2", "smart.3", "smart.4", "smart.5"], P4.Find(FrameKind.Smart)!.Rows.Select(r => r.Id));
        Assert.Equal(
            ["okr.1.kr1", "okr.1.kr2", "okr.2.kr1", "okr.2.kr2", "okr.3.kr1", "okr.3.kr2", "okr.4.kr1", "okr.4.kr2", "okr.5.kr1", "okr.5.kr2"],
            P4.Find(FrameKind.Okr)!.Rows.SelectMany(r => r.Units).Select(u => u.Id));
        Assert.Equal(["mbo.1", "mbo.2", "mbo.3", "mbo.4", "mbo.5"], P4.Find(FrameKind.Mbo)!.Rows.Select(r => r.Id));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"scorecard.{n}"), P4.Find(FrameKind.Scorecard)!.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Build_P4_EveryFillUnitIsAddressedByExactlyOneId()
    {
        var ids = P4.Frames.SelectMany(f => f.Rows).SelectMany(r => r.Units).Select(u => u.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(P4.Frames.SelectMany(f => f.Rows).SelectMany(r => r.Lines),
            line => Assert.Contains(line.FillId, ids));
    }

    [Fact]
    public void Build_P4_PlaceholdersAreWhatTheTemplatesShow()
    {
        const Placeholders all = Placeholders.Baseline | Placeholders.Target | Placeholders.Date;
        const Placeholders targetAndDate = Placeholders.Target | Placeholders.Date;

        Assert.All(P4.Find(FrameKind.Smart)!.Rows, r => Assert.Equal(all, r.Placeholders));
        Assert.All(P4.Find(FrameKind.Okr)!.Rows, r => Assert.Equal([all, targetAndDate], r.Units.Select(u => u.Placeholders)));
        Assert.All(P4.Find(FrameKind.Mbo)!.Rows, r => Assert.Equal(targetAndDate, r.Placeholders));
        Assert.All(P4.Find(FrameKind.Scorecard)!.Rows, r => Assert.Equal(targetAndDate, r.Placeholders));
    }

    [Fact]
    public void Build_P4_EveryCanonSegmentIsVerbatimCanonText()
    {
        var profile = Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!;
        var canonTexts = new HashSet<string>(StringComparer.Ordinal)
        {
            profile.Function, profile.Focus, profile.Level.Code, profile.Level.Name,
        };
        canonTexts.UnionWith(profile.FamilyLevel!.Responsibilities);
        canonTexts.UnionWith(profile.FamilyLevel.Rubrics.Values);
        canonTexts.UnionWith(profile.Level.Bars.Select(b => b.Text));

        var segments = P4.Frames.SelectMany(f => f.Rows).SelectMany(r => r.Lines).SelectMany(l => l.Segments)
            .Where(s => s.Kind == SegmentKind.Canon).ToList();

        Assert.NotEmpty(segments);
        Assert.All(segments, s => Assert.Contains(s.Text, canonTexts));
    }

    [Fact]
    public void Build_TaxonomyP3_HasNoSmartGoalsAndNoOkrs()
    {
        Assert.Equal([FrameKind.Mbo, FrameKind.Scorecard], TaxonomyP3.Frames.Select(f => f.Kind));
        Assert.Null(TaxonomyP3.Find(FrameKind.Smart));
        Assert.Null(TaxonomyP3.Find(FrameKind.Okr));
    }

    [Fact]
    public void Build_TaxonomyP3_MboAreasAreTheComponentResponsibilitiesHeldToTheDecisionRightsBar()
    {
        var role = Canon.FindProfile("AIMLAM.GEN.P3")!.Role!;

        var mbo = TaxonomyP3.Find(FrameKind.Mbo)!;

        Assert.Equal(role.ComponentItems("Responsibilities"), mbo.Rows.Select(r => r.CanonText));
        Assert.All(mbo.Rows, r => Assert.Equal("responsibility (component)", r.Source));
        Assert.All(mbo.Rows, r => Assert.Equal(
            "Consistent with this level's decision rights: \"Owns implementation decisions for own scope\"",
            string.Concat(r.Lines[0].Segments.Select(s => s.Text))));
    }

    [Fact]
    public void Build_TaxonomyP3_ScorecardHasComponentResponsibilitiesThenTheSixBars()
    {
        var scorecard = TaxonomyP3.Find(FrameKind.Scorecard)!;

        Assert.Equal(["Internal process", "Role calibration"], scorecard.Sections.Select(s => s.Heading));
        Assert.Equal(8, scorecard.Sections[0].Rows.Count);
        Assert.All(scorecard.Sections[0].Rows, r => Assert.Equal("responsibility (component)", r.Source));
        Assert.Equal(
            ["level dimension (Scope)", "level dimension (Autonomy)", "level dimension (Complexity)", "level dimension (Impact)",
             "level dimension (Decision rights)", "level dimension (Leadership)"],
            scorecard.Sections[1].Rows.Select(r => r.Source));
    }
}
