
namespace JobFrame.Engine.Canon;

/// <summary>
/// One organisation's tables (canon/organisation/*.yaml): not canon, the organisation's own mapping onto it.
/// </summary>
public sealed record OrganisationTables(
    string Name,
    IReadOnlyList<LadderCode> Ladder,
    IReadOnlyList<OrganisationTitle> Titles,
    SourceLocation Location);
