using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>No confident match, said plainly: what the canon covers and the closest candidates, if any.</summary>
public sealed record NoMatchAnswer(string Query, CanonCoverage Coverage, IReadOnlyList<Candidate> Closest) : Answer;
