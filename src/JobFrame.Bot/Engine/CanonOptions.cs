using System.ComponentModel.DataAnnotations;

namespace JobFrame.Bot.Engine;

/// <summary>Where the canon is read from. The default is the canon bundled next to the host's binaries.</summary>
public sealed class CanonOptions
{
    public const string Section = "Canon";

    /// <summary>The canon folder; relative paths are taken from the application's base directory.</summary>
    [Required]
    public string Directory { get; set; } = "canon";

    /// <summary>Watch the folder and swap in a new snapshot when a file changes (a broken edit keeps the last good canon).</summary>
    public bool Watch { get; set; } = true;

    public string FullPath => Path.GetFullPath(Directory, AppContext.BaseDirectory);
}
