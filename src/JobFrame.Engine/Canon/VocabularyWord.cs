
namespace JobFrame.Engine.Canon;

/// <summary>A word of one vocabulary list (a role noun, a role the canon does not cover, a filler word).</summary>
public sealed record VocabularyWord(string Term, string Source, SourceLocation Location);
