using BenchmarkDotNet.Attributes;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Resolution;

namespace JobFrame.Benchmarks;

/// <summary>The engine on the canon shipped in canon/: resolve in each of the three states, frames + text export, a whole chat answer.</summary>
[MemoryDiagnoser]
public class ShippedCanonBenchmarks
{
    private CanonSnapshot _canon = null!;
    private Profile _p4 = null!;
    private JobFrameEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _canon = CanonLoader.Load(Path.Combine(AppContext.BaseDirectory, "canon"));
        _p4 = _canon.FindProfile("DATASC.AIMACHIN97C0.P4")!;
        _engine = new JobFrameEngine(new FixedCanonSource(_canon));
    }

    [Benchmark]
    public TitleResolution ResolveConfident() => _canon.Resolver.Resolve("goals for a Senior ML Engineer please");

    [Benchmark]
    public TitleResolution ResolveNeedsReview() => _canon.Resolver.Resolve("ML Engineer");

    [Benchmark]
    public TitleResolution ResolveNoMatch() => _canon.Resolver.Resolve("VP of Sales");

    [Benchmark]
    public string FramesAndTextExport() => TextExport.Render(GoalFrameBuilder.Build(_p4), null, FilledValues.Empty);

    [Benchmark]
    public Answer AskGoals() => _engine.Ask("goals for Senior ML Engineer");
}
