namespace JobFrame.Engine.Answers;

/// <summary>What the bot does, with example questions that work against the loaded canon. Notice, when set, says why help is shown.</summary>
public sealed record HelpAnswer(IReadOnlyList<string> Examples, CanonCoverage Coverage, string? Notice = null) : Answer;
