
namespace JobFrame.Engine.Canon;

/// <summary>
/// A word or phrase naming a field of work ("Machine Learning", "ML", "AI/ML"), pointing at the job families
/// (by family code) and taxonomy functions (by function code, "AIMLAM") it covers.
/// </summary>
public sealed record FamilyTerm(string Term, IReadOnlyList<string> Targets, decimal Score, string Source, SourceLocation Location);
