using BenchmarkDotNet.Attributes;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Resolution;

namespace JobFrame.Benchmarks;

/// <summary>The engine on a generated canon of 1,000 families × 7 levels and 100,000 aliases.</summary>
[MemoryDiagnoser]
public class SyntheticCanonBenchmarks
{
    private CanonSnapshot _canon = null!;
    private Profile _profile = null!;

    [GlobalSetup]
    public void Setup()
    {
        _canon = SyntheticCanonFactory.Create();
        _profile = _canon.FindProfile("FAM.F0500.P4")!;
    }

    [Benchmark]
    public TitleResolution ResolveOrganisationTitle() => _canon.Resolver.Resolve("Field523 Variant42 Specialist");

    [Benchmark]
    public TitleResolution ResolveLevelAndFamilyTerm() => _canon.Resolver.Resolve("Senior Field987 Engineer");

    [Benchmark]
    public TitleResolution ResolveNoMatch() => _canon.Resolver.Resolve("Head of Quantum Gardening");

    [Benchmark]
    public string FramesAndTextExport() => TextExport.Render(GoalFrameBuilder.Build(_profile), null, FilledValues.Empty);
}
