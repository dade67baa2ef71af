
namespace JobFrame.Engine.Canon;

/// <summary>An organisation's own spelling of a title and the canon profile it means.</summary>
public sealed record OrganisationTitle(string Title, string ProfileCode, SourceLocation Location);
