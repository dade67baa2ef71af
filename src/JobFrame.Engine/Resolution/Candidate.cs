using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>A profile a title may mean, how likely (0 to 1), and why it is offered.</summary>
public sealed record Candidate(Profile Profile, decimal Confidence, string Reason);
