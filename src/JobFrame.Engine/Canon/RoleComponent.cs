namespace JobFrame.Engine.Canon;

/// <summary>A component list of a taxonomy role ("Responsibilities", "Tasks", "Skills" ...), items in canon order.</summary>
public sealed record RoleComponent(string Kind, IReadOnlyList<string> Items)
{
    public const string ResponsibilitiesKind = "Responsibilities";
}
