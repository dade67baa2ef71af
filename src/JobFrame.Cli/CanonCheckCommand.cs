namespace JobFrame.Cli;

/// <summary>
/// `jobframe canon check`: the canon loaded, so it is valid; say what it holds, then its warnings (facts worth a canon
/// editor's look: titles with more than one canon meaning, vocabulary terms the canon overrules). Warnings never fail it.
/// </summary>
public static class CanonCheckCommand
{
    /// <summary>At most this many warnings are printed one by one; the rest are counted.</summary>
    public const int ShownWarnings = 50;

    public static int Run(CliContext context)
    {
        var canon = context.Canon;
        context.Out.WriteLine(
            $"Canon OK: {canon.Name} {canon.Version} ({canon.Fingerprint}): {canon.Levels.Count} levels, " +
            $"{canon.Families.Count} job families, {canon.Roles.Count} taxonomy roles, {canon.Profiles.Count} profiles.");
        var warnings = canon.Warnings;
        if (warnings.Count == 0)
        {
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"{warnings.Count} warning{(warnings.Count == 1 ? string.Empty : "s")} (the canon loads; these are answered with candidates or ignored):");
        foreach (var warning in warnings.Take(ShownWarnings))
        {
            context.Out.WriteLine("  warning: " + warning);
        }

        if (warnings.Count > ShownWarnings)
        {
            context.Out.WriteLine($"  … and {warnings.Count - ShownWarnings} more");
        }

        return ExitCodes.Ok;
    }
}
