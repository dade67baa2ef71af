namespace JobFrame.Cli;

/// <summary>`jobframe canon check`: the canon loaded, so it is valid; say what it holds.</summary>
public static class CanonCheckCommand
{
    public static int Run(CliContext context)
    {
        var canon = context.Canon;
        context.Out.WriteLine(
            $"Canon OK: {canon.Name} {canon.Version} ({canon.Fingerprint}): {canon.Levels.Count} levels, " +
            $"{canon.Families.Count} job families, {canon.Roles.Count} taxonomy roles, {canon.Profiles.Count} profiles.");
        return ExitCodes.Ok;
    }
}
