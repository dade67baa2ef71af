
namespace JobFrame.Engine.Canon;

/// <summary>
/// A word or phrase naming a level ("Senior" → P4, "III" → P3). <see cref="Score"/> below 1 marks a word managers use
/// loosely ("Junior"); <see cref="Source"/> says where the mapping comes from ("level name", "level numeral").
/// The level may be one the canon has no data for (P5 on a family's track): such a title is answered with no match.
/// </summary>
public sealed record LevelTerm(string Term, string LevelCode, decimal Score, string Source, SourceLocation Location);
