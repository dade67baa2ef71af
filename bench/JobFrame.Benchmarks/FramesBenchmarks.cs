using BenchmarkDotNet.Attributes;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Benchmarks;

/// <summary>
/// Frames + export per call: what one "goals for ..." answer costs once the title is resolved. The target is
/// under 50 µs for frames + text export. The cost depends on the profile, not on the size of the canon.
/// </summary>
[MemoryDiagnoser]
public class FramesBenchmarks
{
    private Profile _p4 = null!;
    private Profile _taxonomyP3 = null!;
    private GoalFrames _p4Frames = null!;
    private FilledValues _values = null!;

    [GlobalSetup]
    public void Setup()
    {
        var canon = CanonLoader.Load(Path.Combine(AppContext.BaseDirectory, "canon"));
        _p4 = canon.FindProfile("DATASC.AIMACHIN97C0.P4")!;
        _taxonomyP3 = canon.FindProfile("AIMLAM.GEN.P3")!;
        _p4Frames = GoalFrameBuilder.Build(_p4);
        _values = FilledValues.Parse(["smart.1.baseline=420 ms", "smart.1.target=180 ms", "okr.2.kr2.date=Q3", "scorecard.6.target=met"]);
    }

    [Benchmark(Baseline = true)]
    public string P4FramesAndTextExport() => TextExport.Render(GoalFrameBuilder.Build(_p4));

    [Benchmark]
    public string P4FramesAndFilledTextExport() => TextExport.Render(GoalFrameBuilder.Build(_p4), null, _values);

    [Benchmark]
    public string TaxonomyP3FramesAndTextExport() => TextExport.Render(GoalFrameBuilder.Build(_taxonomyP3));

    [Benchmark]
    public string P4SmartFrameOnly() => TextExport.Render(GoalFrameBuilder.Build(_p4), FrameKind.Smart);

    [Benchmark]
    public GoalFrames P4FramesOnly() => GoalFrameBuilder.Build(_p4);

    [Benchmark]
    public string P4TextExportOnly() => TextExport.Render(_p4Frames);

    [Benchmark]
    public string P4Markdown() => MarkdownExport.Render(_p4Frames, null, _values);

    [Benchmark]
    public string P4Csv() => CsvExport.Render(_p4Frames, null, _values);
}
