namespace JobFrame.Engine.Canon;

/// <summary>
/// The bot's resolution vocabulary (canon/vocabulary/) and the organisation tables (canon/organisation/).
/// None of it is canon text: it only tells the resolver which canon level or family a typed word means.
/// The canon's own title aliases stay on <see cref="TaxonomyRole.TitleAliases"/>.
/// </summary>
public sealed record ResolutionVocabulary(
    IReadOnlyList<LevelTerm> LevelTerms,
    IReadOnlyList<VocabularyWord> LevelsNotInCanon,
    IReadOnlyList<FamilyTerm> FamilyTerms,
    IReadOnlyList<VocabularyWord> RoleNouns,
    IReadOnlyList<VocabularyWord> UncoveredRoles,
    IReadOnlyList<VocabularyWord> FillerWords,
    IReadOnlyList<OrganisationTables> Organisations)
{
    /// <summary>No vocabulary: only the canon's own codes, names, titles and aliases resolve.</summary>
    public static ResolutionVocabulary Empty { get; } = new([], [], [], [], [], [], []);
}
