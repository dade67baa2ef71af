using JobFrame.Tests.Shared;

namespace JobFrame.Bot.Tests.Canon;

/// <summary>A private copy of the repository's canon/ folder that a test may edit and break; deleted on dispose.</summary>
internal sealed class CanonFolderCopy : IDisposable
{
    public CanonFolderCopy()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("jobframe-canon-").FullName;
        var source = Path.Combine(RepositoryRoot.Folder, "canon");
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Replaces text in a canon file, as an editor saving it would.</summary>
    public void Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(PathOf(file));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(file), text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
