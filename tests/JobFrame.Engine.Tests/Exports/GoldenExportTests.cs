using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Tests.Shared;

namespace JobFrame.Engine.Tests.Exports;

/// <summary>Every export of the bundled canon's profiles, pinned in Golden/ (see <see cref="GoldenFile"/>).</summary>
public sealed class GoldenExportTests
{
    private const string P2 = "DATASC.AIMACHIN97C0.P2";
    private const string P4 = "DATASC.AIMACHIN97C0.P4";
    private const string P3 = "AIMLAM.GEN.P3";

    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    /// <summary>A manager's typical fill: a few slots in several frames, one short key, one slot left empty.</summary>
    private static readonly string[] TypicalFill =
    [
        "smart.1.baseline=p95 latency 420 ms",
        "smart.1.target=p95 latency 180 ms",
        "smart.1.date=2027-03-31",
        "smart.2.target=",
        "okr.1.kr1.baseline=2 models in production",
        "okr.1.kr2.date=Q2 2027",
        "mbo.3.target=Two design reviews led",
        "scorecard.6.target=Owns the feature-store system",
        "scorecard.6.date=2027-06-30",
    ];

    public static TheoryData<string, string, ExportFormat, string?, bool> Cases => new()
    {
        { "P2.smart.txt", P2, ExportFormat.Text, "smart", false },
        { "P2.okr.txt", P2, ExportFormat.Text, "okr", false },
        { "P2.mbo.txt", P2, ExportFormat.Text, "mbo", false },
        { "P2.scorecard.txt", P2, ExportFormat.Text, "scorecard", false },
        { "P2.all.txt", P2, ExportFormat.Text, null, false },
        { "P4.all.txt", P4, ExportFormat.Text, null, false },
        { "P4.all.filled.txt", P4, ExportFormat.Text, null, true },
        { "P4.all.md", P4, ExportFormat.Markdown, null, false },
        { "P4.all.filled.md", P4, ExportFormat.Markdown, null, true },
        { "P4.okr.md", P4, ExportFormat.Markdown, "okr", false },
        { "P4.all.csv", P4, ExportFormat.Csv, null, false },
        { "P4.all.filled.csv", P4, ExportFormat.Csv, null, true },
        { "P3-taxonomy.all.txt", P3, ExportFormat.Text, null, false },
        { "P3-taxonomy.mbo.txt", P3, ExportFormat.Text, "mbo", false },
        { "P3-taxonomy.scorecard.txt", P3, ExportFormat.Text, "scorecard", false },
        { "P3-taxonomy.all.md", P3, ExportFormat.Markdown, null, false },
        { "P3-taxonomy.all.csv", P3, ExportFormat.Csv, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_MatchesItsGoldenFile(string golden, string profileCode, ExportFormat format, string? frame, bool filled)
    {
        var frames = GoalFrameBuilder.Build(Canon.FindProfile(profileCode)!);
        FrameKind? only = frame is null ? null : Parse(frame);
        var values = filled ? FilledValues.Parse(TypicalFill) : FilledValues.Empty;

        var rendered = GoalFramesExport.Render(frames, format, only, values);

        GoldenFile.AssertMatches(golden, rendered);
    }

    [Fact]
    public void TextExport_WholeCard_StartsWithThePagesHeaderThenEachFrameUnderItsName()
    {
        var frames = GoalFrameBuilder.Build(Canon.FindProfile(P4)!);

        var card = TextExport.Render(frames);

        var expected = string.Join("\n\n",
            "Goal templates — AI / Machine Learning Engineering — P4",
            "Data Science & Analytics · AI / Machine Learning Engineering · P4 — Senior Professional",
            GoalFrameBuilder.Disclaimer,
            "SMART goals", SeedPage.Block(FrameKind.Smart),
            "OKRs", SeedPage.Block(FrameKind.Okr),
            "MBO areas", SeedPage.Block(FrameKind.Mbo),
            "Scorecard", SeedPage.Block(FrameKind.Scorecard));
        Assert.Equal(expected, card);
    }

    private static FrameKind Parse(string key)
    {
        Assert.True(FrameKinds.TryParse(key, out var kind));
        return kind;
    }
}
