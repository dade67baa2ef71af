namespace JobFrame.Engine.Canon;

/// <summary>
/// The unit a title resolves to: one role at one level. Either a job family level (Family and FamilyLevel set)
/// or a taxonomy role (Role set). Built once at load.
/// </summary>
public sealed record Profile(
    string Code,
    ProfileKind Kind,
    string Title,
    string Function,
    string Focus,
    Level Level,
    IReadOnlyList<string> Track,
    JobFamily? Family,
    FamilyLevel? FamilyLevel,
    TaxonomyRole? Role)
{
    /// <summary>"Data Science &amp; Analytics · AI / Machine Learning Engineering · P4 — Senior Professional".</summary>
    public string HeaderLine => $"{Function} · {Focus} · {Level.DisplayName}";

    /// <summary>The family or taxonomy function this profile belongs to (DATASC.AIMACHIN97C0, AIMLAM).</summary>
    public string FamilyKey => Family?.Code ?? Role!.FunctionCode;
}
