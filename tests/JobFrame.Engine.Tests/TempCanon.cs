namespace JobFrame.Engine.Tests;

/// <summary>A small canon folder in the temp directory, deleted on dispose: two levels and one taxonomy role to start from.</summary>
internal sealed class TempCanon : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("canon-");

    public TempCanon()
    {
        Write("canon.yaml", "name: test canon\nversion: \"1\"\n");
        Write("levels.yaml", "levels:\n  - code: P2\n    name: Developing Professional\n  - code: P3\n    name: Mid-Level Professional\n");
        Write("roles/ROLEA.GEN.P3.yaml", Role("ROLEA.GEN.P3", "Experienced Widget Engineer", "Widget Engineer", "Widget III"));
    }

    public string Path => _dir.FullName;

    public static string Role(string code, string title, string function, string alias) =>
        $"""
        role:
          code: {code}
          title: {title}
          function: {function}
          focus: General
          level: P3
          title_aliases:
            - {"{"} alias: {alias}, type: common, band: medium, score: 0.70 {"}"}

        """;

    public TempCanon Write(string file, string text)
    {
        var path = System.IO.Path.Combine(_dir.FullName, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
