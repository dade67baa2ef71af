namespace JobFrame.Engine.Frames;

/// <summary>
/// One row of a frame: the canon text it is built on, its template lines with that text inside, its fill-in units
/// and its source label. A row exists only when its canon text exists; a line whose canon field is missing is left out.
/// </summary>
/// <param name="Id">The stable row id: "smart.1", "okr.1", "mbo.1", "scorecard.1".</param>
/// <param name="Number">The row's 1-based position in its frame, as the page numbers it.</param>
/// <param name="CanonText">The verbatim canon text the row is about.</param>
/// <param name="Source">The row's source label, as the page prints it inside "[source: ...]".</param>
/// <param name="Lines">The template lines, in page order.</param>
/// <param name="Units">The row's fill-in units: the row itself, or one per OKR key result.</param>
public sealed record FrameRow(
    string Id,
    int Number,
    string CanonText,
    string Source,
    IReadOnlyList<FrameLine> Lines,
    IReadOnlyList<FillUnit> Units)
{
    /// <summary>Every placeholder any of the row's lines has.</summary>
    public Placeholders Placeholders
    {
        get
        {
            var all = Placeholders.None;
            foreach (var unit in Units)
            {
                all |= unit.Placeholders;
            }

            return all;
        }
    }
}
