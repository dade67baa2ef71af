namespace JobFrame.Engine.Canon;

/// <summary>"The story of this role": every field is optional canon text.</summary>
public sealed record RoleStory(
    string? WhoDoesThisWork,
    string? ExternalProblem,
    string? InternalProblem,
    string? WhyItMatters,
    IReadOnlyList<string> Plan,
    string? WhatsAtStake,
    string? SuccessLooksLike);
