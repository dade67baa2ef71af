using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;

namespace JobFrame.Benchmarks;

/// <summary>
/// One configuration for every engine benchmark: mean, P95 and P99 (over iterations), allocations per call, and a
/// GitHub-flavoured Markdown table for docs/PERFORMANCE.md. Short enough to finish in minutes on two cores.
/// </summary>
public sealed class EngineBenchmarkConfig : ManualConfig
{
    public EngineBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(20).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Mean, StatisticColumn.StdDev, StatisticColumn.P95, new PercentileColumn(99));
        AddExporter(MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.JoinSummary);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddColumnProvider(DefaultColumnProviders.Descriptor, DefaultColumnProviders.Params, DefaultColumnProviders.Metrics);
    }
}
