namespace JobFrame.Engine.Answers;

/// <summary>
/// What the bot says to one question, render-neutral: every face (Adaptive Card, Block Kit, text, CLI) renders
/// the same answer. Each kind is a sealed record below.
/// </summary>
public abstract record Answer;
