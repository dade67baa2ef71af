namespace JobFrame.Engine.Answers;

/// <summary>One covered family or role: its canon name, its function, its level codes and profile codes.</summary>
public sealed record CoverageEntry(string Name, string Function, IReadOnlyList<string> LevelCodes, IReadOnlyList<string> ProfileCodes);
