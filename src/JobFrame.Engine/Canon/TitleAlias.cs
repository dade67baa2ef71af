
namespace JobFrame.Engine.Canon;

/// <summary>One of the canon's own title aliases of a role, with its type and confidence.</summary>
public sealed record TitleAlias(string Alias, string Type, Confidence Confidence, bool Approved, SourceLocation Location);
