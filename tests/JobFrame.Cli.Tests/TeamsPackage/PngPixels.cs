using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace JobFrame.Cli.Tests.TeamsPackage;

/// <summary>Reads back the RGBA pixels of the PNGs the project writes (8-bit RGBA, unfiltered rows), to check what an icon shows.</summary>
internal static class PngPixels
{
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
            Assert.Equal(0, rows[row]); // filter "none": the only one the writer uses
            Array.Copy(rows, row + 1, rgba, y * width * 4, width * 4);
        }

        return rgba;
    }
}
