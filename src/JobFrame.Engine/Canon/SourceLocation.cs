namespace JobFrame.Engine.Canon;

/// <summary>Where a canon fact was read: the file (relative to the canon folder) and its 1-based line.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
