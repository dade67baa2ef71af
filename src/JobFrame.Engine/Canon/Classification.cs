namespace JobFrame.Engine.Canon;

/// <summary>An occupational classification mapping (O*NET / SOC), with its source and review status.</summary>
public sealed record Classification(string Scheme, string Code, string Title, string? Source, string? ReviewStatus);
