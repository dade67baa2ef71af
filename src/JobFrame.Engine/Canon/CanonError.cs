namespace JobFrame.Engine.Canon;

/// <summary>One problem found in the canon files, with the file (relative to the canon folder) and 1-based line.</summary>
public sealed record CanonError(string File, int Line, string Problem)
{
    /// <summary>"roles/AIMLAM.GEN.P3.yaml:12: missing required field 'title'".</summary>
    public override string ToString() => $"{File}:{Line}: {Problem}";
}
