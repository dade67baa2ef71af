namespace JobFrame.Cli;

/// <summary>The CLI's exit codes: scripts branch on these.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The canon failed validation (or could not be read).</summary>
    public const int CanonInvalid = 1;

    /// <summary>The command line was not understood.</summary>
    public const int Usage = 2;

    /// <summary>The title did not resolve confidently: needs-review candidates or no match were printed.</summary>
    public const int NotConfident = 3;

    /// <summary>
    /// The canon has no data for what was asked: a frame the profile cannot have ("--frame smart" on a taxonomy role), a
    /// level the canon knows only by code and name, or two levels with no dimension in common. The reason is printed.
    /// </summary>
    public const int NoData = 4;
}
