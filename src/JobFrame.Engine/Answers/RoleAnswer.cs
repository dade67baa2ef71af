using JobFrame.Engine.Canon;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>A taxonomy role's profile: title, code, status, story, components, title aliases, classifications.</summary>
public sealed record RoleAnswer(Profile Profile, TaxonomyRole Role, TitleResolution? Resolution) : Answer;
