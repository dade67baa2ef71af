
namespace JobFrame.Engine.Canon;

/// <summary>
/// One level of a job family: its responsibilities in canon order and its rubrics, keyed by the canon's
/// rubric name ("complexity/problem-solving", "knowledge-application").
/// </summary>
public sealed record FamilyLevel(
    string LevelCode,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyDictionary<string, string> Rubrics,
    SourceLocation Location)
{
    public const string ComplexityRubric = "complexity/problem-solving";
    public const string KnowledgeRubric = "knowledge-application";

    /// <summary>The rubric's text, or null when the canon lacks it.</summary>
    public string? Rubric(string name) => Rubrics.TryGetValue(name, out var text) ? text : null;
}
