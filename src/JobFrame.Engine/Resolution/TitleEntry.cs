using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>The meaning of one indexed phrase, where it was declared, and how sure that mapping is.</summary>
internal sealed class TitleEntry
{
    public required TitleEntryKind Kind { get; init; }

    public required string Source { get; init; }

    public required TermOrigin Origin { get; init; }

    public required SourceLocation Location { get; init; }

    public decimal Score { get; init; } = 1m;

    public Profile? Profile { get; init; }

    public string? LevelCode { get; init; }

    public int[] FamilyIds { get; init; } = [];

    /// <summary>The canon meanings of an <see cref="TitleEntryKind.Ambiguous"/> phrase, in declaration order.</summary>
    public IReadOnlyList<TitleEntry> Alternatives { get; init; } = [];

    /// <summary>This entry's meanings: its alternatives when ambiguous, else itself.</summary>
    public IEnumerable<TitleEntry> Meanings => Kind == TitleEntryKind.Ambiguous ? Alternatives : [this];

    public bool SameMeaning(TitleEntry other) =>
        Kind == other.Kind
        && Kind != TitleEntryKind.Ambiguous
        && string.Equals(Profile?.Code, other.Profile?.Code, StringComparison.OrdinalIgnoreCase)
        && string.Equals(LevelCode, other.LevelCode, StringComparison.OrdinalIgnoreCase)
        && FamilyIds.Order().SequenceEqual(other.FamilyIds.Order());

    /// <summary>For collision errors: "profile AIMLAM.GEN.P3", "level P4", "a role noun".</summary>
    public string Describe(IReadOnlyList<string> familyKeys) => Kind switch
    {
        TitleEntryKind.Profile => $"profile {Profile!.Code}",
        TitleEntryKind.Level => $"level {LevelCode}",
        TitleEntryKind.Family => $"family {string.Join(", ", FamilyIds.Select(id => familyKeys[id]))}",
        TitleEntryKind.LevelNotInCanon => "a level the canon has no data for",
        TitleEntryKind.RoleNoun => "a role noun",
        TitleEntryKind.UncoveredRole => "a role the canon does not cover",
        TitleEntryKind.Ambiguous => string.Join(" and ", Alternatives.Select(a => a.Describe(familyKeys))),
        _ => "a filler word",
    };
}
