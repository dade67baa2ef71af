using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Canon;

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

/// <summary>Checks <see cref="CanonOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class CanonOptionsAnnotations : IValidateOptions<CanonOptions>;
