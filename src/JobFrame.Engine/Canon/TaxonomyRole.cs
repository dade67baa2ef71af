
namespace JobFrame.Engine.Canon;

/// <summary>A canon taxonomy role such as AIMLAM.GEN.P3 "Experienced AI/ML Engineer".</summary>
public sealed record TaxonomyRole(
    string Code,
    string Title,
    string Function,
    string Focus,
    string LevelCode,
    string? Status,
    Confidence? Confidence,
    string? Region,
    string? Version,
    string? PayBasis,
    string? Tagline,
    string? Summary,
    RoleStory? Story,
    IReadOnlyList<string> CoreOutputs,
    IReadOnlyList<RoleComponent> Components,
    IReadOnlyList<TitleAlias> TitleAliases,
    IReadOnlyList<Classification> Classifications,
    SourceLocation Location)
{
    /// <summary>The function part of the code: "AIMLAM" of "AIMLAM.GEN.P3". Computed once: resolution reads it per candidate.</summary>
    public string FunctionCode { get; } = Code.Contains('.', StringComparison.Ordinal) ? Code[..Code.IndexOf('.', StringComparison.Ordinal)] : Code;

    /// <summary>The items of one component kind, or an empty list when the canon has none.</summary>
    public IReadOnlyList<string> ComponentItems(string kind) =>
        Components.FirstOrDefault(c => string.Equals(c.Kind, kind, StringComparison.OrdinalIgnoreCase))?.Items ?? [];
}
