namespace JobFrame.Engine.Canon;

/// <summary>A canon that never changes: the CLI, benchmarks and tests.</summary>
public sealed class FixedCanonSource(CanonSnapshot canon) : ICanonSource
{
    public CanonSnapshot Current { get; } = canon;
}
