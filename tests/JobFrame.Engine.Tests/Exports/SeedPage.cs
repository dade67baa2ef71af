using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Exports;

/// <summary>
/// The P4 goal-templates page from the seeds, cut into its four "Copy / print as text" blocks. A block starts on the
/// line after the "Copy / print as text" marker and ends where the next frame's heading starts; the line breaks that
/// separate it from that heading (and the end of the file) belong to the page, not to the block. Nothing else is
/// trimmed: trailing spaces inside a block would stay and be compared.
/// </summary>
internal static class SeedPage
{
    public const string P4PageFile = "000_d6a6eca0e0f1968c.txt";

    private const string Marker = "Copy / print as textshow ▾\n";

    private static readonly Dictionary<FrameKind, string> Headings = new()
    {
        [FrameKind.Smart] = "SMART goals",
        [FrameKind.Okr] = "OKRs",
        [FrameKind.Mbo] = "MBO areas",
        [FrameKind.Scorecard] = "Scorecard",
    };

    public static string P4Text => File.ReadAllText(Path.Combine(CanonFolders.Seeds, P4PageFile)).ReplaceLineEndings("\n");

    public static string Block(FrameKind kind)
    {
        var page = P4Text;
        var heading = page.IndexOf("\n" + Headings[kind] + "\n", StringComparison.Ordinal);
        Assert.True(heading >= 0, $"heading '{Headings[kind]}' not on the seed page");
        var start = page.IndexOf(Marker, heading, StringComparison.Ordinal) + Marker.Length;
        var end = page.Length;
        foreach (var next in FrameKinds.InPageOrder.Where(k => k > kind))
        {
            var at = page.IndexOf("\n" + Headings[next] + "\n", start, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = Math.Min(end, at + 1);
            }
        }

        return page[start..end].TrimEnd('\n');
    }
}
