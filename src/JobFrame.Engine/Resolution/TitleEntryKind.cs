namespace JobFrame.Engine.Resolution;

/// <summary>What a phrase of the title index means.</summary>
internal enum TitleEntryKind
{
    Profile,
    Level,
    LevelNotInCanon,
    Family,
    RoleNoun,
    UncoveredRole,
    Filler,

    /// <summary>
    /// A phrase the canon gives more than one meaning (two roles titled "Manager", a role titled like the level name
    /// "Senior Manager", "Vice President" as M6 and E3): a fact of the canon, answered with candidates, never a guess.
    /// </summary>
    Ambiguous,
}
