using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;

namespace JobFrame.Engine.Tests.Frames;

/// <summary>A copy of the bundled canon in a temporary folder, edited line by line, loaded, then deleted.</summary>
internal static class TempCanon
{
    /// <summary>Loads the bundled canon with the lines of <paramref name="file"/> that <paramref name="drop"/> picks removed.</summary>
    public static CanonSnapshot LoadWithout(string file, Func<IReadOnlyList<string>, int, bool> drop)
    {
        var dir = Directory.CreateTempSubdirectory("canon-");
        try
        {
            foreach (var source in CanonLoader.CanonFiles(CanonFolders.BundledCanon))
            {
                var target = Path.Combine(dir.FullName, Path.GetRelativePath(CanonFolders.BundledCanon, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }

            var path = Path.Combine(dir.FullName, file);
            var lines = File.ReadAllLines(path);
            var kept = lines.Where((_, i) => !drop(lines, i)).ToArray();
            Assert.True(kept.Length < lines.Length, $"the edit removed nothing from {file}");
            File.WriteAllLines(path, kept);
            return CanonLoader.Load(dir.FullName);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Drops the one line that contains <paramref name="text"/>.</summary>
    public static CanonSnapshot LoadWithoutLine(string file, string text) =>
        LoadWithout(file, (lines, i) => lines[i].Contains(text, StringComparison.Ordinal));
}
