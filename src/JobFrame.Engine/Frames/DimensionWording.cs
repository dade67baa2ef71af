using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Frames;

/// <summary>The template wording around each level bar, composed once rather than on every build.</summary>
internal static class DimensionWording
{
    private static readonly string[] EvidenceOpenings = Compose(d => "Evidence at this level's " + d.LowerName() + " bar: \"");
    private static readonly string[] MeetsOpenings = Compose(d => "Meets the " + d.LowerName() + " bar: \"");
    private static readonly string[] SourceLabelsByDimension = Compose(d => "level dimension (" + d.DisplayName() + ")");

    /// <summary>"Evidence at this level's scope bar: \"" (OKR KR2).</summary>
    public static string EvidenceOpening(LevelDimension dimension) => EvidenceOpenings[(int)dimension];

    /// <summary>"Meets the scope bar: \"" (scorecard role calibration).</summary>
    public static string MeetsOpening(LevelDimension dimension) => MeetsOpenings[(int)dimension];

    /// <summary>"level dimension (Scope)".</summary>
    public static string SourceLabel(LevelDimension dimension) => SourceLabelsByDimension[(int)dimension];

    private static string[] Compose(Func<LevelDimension, string> wording)
    {
        var composed = new string[LevelDimensions.InCanonOrder.Count];
        foreach (var dimension in LevelDimensions.InCanonOrder)
        {
            composed[(int)dimension] = wording(dimension);
        }

        return composed;
    }
}
