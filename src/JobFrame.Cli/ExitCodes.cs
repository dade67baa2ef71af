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
}
