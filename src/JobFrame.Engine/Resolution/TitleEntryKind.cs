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
}
