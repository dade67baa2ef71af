namespace JobFrame.Engine.Answers;

/// <summary>One question the canon could not answer confidently: when, the text, and whether it was no match or needs review.</summary>
public sealed record UnresolvedQuery(DateTimeOffset At, string Query, string State);
