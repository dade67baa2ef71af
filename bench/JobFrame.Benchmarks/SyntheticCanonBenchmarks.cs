using BenchmarkDotNet.Attributes;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Resolution;

namespace JobFrame.Benchmarks;

/// <summary>
/// The engine on the synthetic large canon (<see cref="SyntheticCanonShape"/>): 1,000 families on the P and M tracks,
/// 3,600 taxonomy roles sharing 30 titles, 10,000 profiles and 100,000 aliases.
/// </summary>
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

    /// <summary>"Manager" titles 120 roles in different functions: needs review with the first ten.</summary>
    [Benchmark]
    public TitleResolution ResolveSharedTitle() => _canon.Resolver.Resolve("Manager");

    /// <summary>"Senior Manager" is 120 roles and the level M3: needs review.</summary>
    [Benchmark]
    public TitleResolution ResolveRoleTitledLikeALevel() => _canon.Resolver.Resolve("Senior Manager");

    /// <summary>A shared title narrowed to one role by the function named.</summary>
    [Benchmark]
    public TitleResolution ResolveSharedTitleInAFunction() => _canon.Resolver.Resolve("Function12 Advisor");

    /// <summary>A manager-track family and an exact level code.</summary>
    [Benchmark]
    public TitleResolution ResolveManagerTrackCode() => _canon.Resolver.Resolve("Field4 Engineer M2");

    [Benchmark]
    public string FramesAndTextExport() => TextExport.Render(GoalFrameBuilder.Build(_profile), null, FilledValues.Empty);
}
