using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Frames;

/// <summary>The source labels the page prints inside "[source: ...]" for responsibilities; level bars are in <see cref="DimensionWording"/>.</summary>
internal static class SourceLabels
{
    /// <summary>A taxonomy role's component responsibility.</summary>
    public const string ComponentResponsibility = "responsibility (component)";

    /// <summary>"JFM responsibility (P4)".</summary>
    public static string JfmResponsibility(Level level) => "JFM responsibility (" + level.Code + ")";

    /// <summary>
    /// "JFM responsibility (P4) — reused, no distinct responsibility content": the MBO area repeats a responsibility
    /// that the SMART goals already use, and says so.
    /// </summary>
    public static string JfmResponsibilityReused(Level level) =>
        "JFM responsibility (" + level.Code + ") — reused, no distinct responsibility content";
}
