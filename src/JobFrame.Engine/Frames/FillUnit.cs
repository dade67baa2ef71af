namespace JobFrame.Engine.Frames;

/// <summary>
/// One addressable fill-in unit: a SMART, MBO or scorecard row, or one OKR key result. A manager's values are keyed
/// "&lt;id&gt;.baseline", "&lt;id&gt;.target", "&lt;id&gt;.date".
/// </summary>
/// <param name="Id">The stable id (see <see cref="GoalFrameBuilder"/> for the scheme).</param>
/// <param name="CanonText">The canon text this unit is measured against.</param>
/// <param name="Source">Where that canon text comes from ("JFM responsibility (P4)", "level dimension (Scope)").</param>
/// <param name="Placeholders">The slots this unit has.</param>
public sealed record FillUnit(string Id, string CanonText, string Source, Placeholders Placeholders);
