using BenchmarkDotNet.Attributes;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Resolution;

namespace JobFrame.Benchmarks;

/// <summary>The engine on the canon shipped in canon/: resolve in each of the three states, a whole chat answer (frames + text export are in FramesBenchmarks).</summary>
[MemoryDiagnoser]
public class ShippedCanonBenchmarks
{
    private CanonSnapshot _canon = null!;
    private JobFrameEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _canon = CanonLoader.Load(Path.Combine(AppContext.BaseDirectory, "canon"));
        _engine = new JobFrameEngine(new FixedCanonSource(_canon));
    }

    [Benchmark]
    public TitleResolution ResolveConfident() => _canon.Resolver.Resolve("goals for a Senior ML Engineer please");

    [Benchmark]
    public TitleResolution ResolveNeedsReview() => _canon.Resolver.Resolve("ML Engineer");

    [Benchmark]
    public TitleResolution ResolveNoMatch() => _canon.Resolver.Resolve("VP of Sales");

    [Benchmark]
    public Answer AskGoals() => _engine.Ask("goals for Senior ML Engineer");
}
