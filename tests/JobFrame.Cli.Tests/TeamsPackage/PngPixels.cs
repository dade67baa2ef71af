using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>Reads back the size and the RGBA pixels of the project's icons (8-bit RGBA, unfiltered rows), to check what an icon shows.</summary>
internal static class PngPixels
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    public static (int Width, int Height) Dimensions(ReadOnlySpan<byte> png) =>
        png.Length < 24 || !png[..8].SequenceEqual(Signature)
            ? throw new FormatException("not a PNG file")
            : (BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]));

    public static byte[] Rgba(byte[] png, int width, int height)
    {
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var rows = raw.ToArray();
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 4) + 1);
            Assert.Equal(0, rows[row]); // filter "none": the only one the icons use
            Array.Copy(rows, row + 1, rgba, y * width * 4, width * 4);
        }

        return rgba;
    }
}
