using JobFrame.Engine.Commands;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>"Which one did you mean?": ranked candidates, each carrying its full profile code, for the asked intent.</summary>
public sealed record NeedsReviewAnswer(string Query, CommandIntent Intent, IReadOnlyList<Candidate> Candidates) : Answer;
