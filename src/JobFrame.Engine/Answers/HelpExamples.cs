namespace JobFrame.Engine.Answers;

/// <summary>The example questions the help card offers as buttons. A test proves each one is answered by the bundled canon.</summary>
public static class HelpExamples
{
    public static IReadOnlyList<string> All { get; } =
    [
        "goals for Senior ML Engineer",
        "level P3",
        "compare P3 and P4",
        "okrs for Machine Learning Engineer P2",
        "role Experienced AI/ML Engineer",
    ];
}
