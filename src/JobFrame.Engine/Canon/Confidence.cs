namespace JobFrame.Engine.Canon;

/// <summary>A canon confidence: its band ("medium") and score (0.70), as the canon prints them.</summary>
public sealed record Confidence(string Band, decimal Score)
{
    /// <summary>"medium 0.70".</summary>
    public override string ToString() => $"{Band} {Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}";
}
