
namespace JobFrame.Engine.Canon;

/// <summary>One row of an organisation's ladder table: its own level code ("IC3") and the canon level it equals.</summary>
public sealed record LadderCode(string Code, string LevelCode, SourceLocation Location);
