namespace JobFrame.Cli.TeamsPackage;

/// <summary>
/// Draws the Teams app icons: three rising bars, the level track the bot shows. `color.png` is 192×192, white bars on
/// the accent colour; `outline.png` is 32×32, white bars on transparent, as Teams requires.
/// </summary>
public static class TeamsIcons
{
    /// <summary>The manifest's accentColor, #3F51B5.</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x3F, 0x51, 0xB5);

    public static byte[] Color() => Draw(192, background: (Accent.R, Accent.G, Accent.B, 255), barWidth: 28, gap: 14, heights: [56, 88, 120], baseline: 150);

    public static byte[] Outline() => Draw(32, background: (0, 0, 0, 0), barWidth: 6, gap: 3, heights: [10, 16, 22], baseline: 28);

    private static byte[] Draw(int size, (byte R, byte G, byte B, byte A) background, int barWidth, int gap, int[] heights, int baseline)
    {
        var rgba = new byte[size * size * 4];
        for (var i = 0; i < rgba.Length; i += 4)
        {
            (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = background;
        }

        var left = (size - ((heights.Length * barWidth) + ((heights.Length - 1) * gap))) / 2;
        for (var bar = 0; bar < heights.Length; bar++)
        {
            var x0 = left + (bar * (barWidth + gap));
            for (var y = baseline - heights[bar]; y < baseline; y++)
            {
                for (var x = x0; x < x0 + barWidth; x++)
                {
                    var at = ((y * size) + x) * 4;
                    (rgba[at], rgba[at + 1], rgba[at + 2], rgba[at + 3]) = ((byte)255, (byte)255, (byte)255, (byte)255);
                }
            }
        }

        return PngWriter.Encode(size, size, rgba);
    }
}
