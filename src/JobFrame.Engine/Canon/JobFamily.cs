
namespace JobFrame.Engine.Canon;

/// <summary>A job family (JFM): superfunction, family focus, the level track it runs, and its per-level data.</summary>
public sealed record JobFamily(
    string Code,
    string Superfunction,
    string Focus,
    IReadOnlyList<string> Track,
    IReadOnlyList<FamilyLevel> Levels,
    SourceLocation Location);
