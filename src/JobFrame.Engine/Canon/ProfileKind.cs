namespace JobFrame.Engine.Canon;

/// <summary>Where a profile's content comes from.</summary>
public enum ProfileKind
{
    /// <summary>A job family level with JFM responsibilities and rubrics (DATASC.AIMACHIN97C0.P4).</summary>
    JobFamilyLevel,

    /// <summary>A taxonomy role with components but no JFM data (AIMLAM.GEN.P3).</summary>
    TaxonomyRole,
}
