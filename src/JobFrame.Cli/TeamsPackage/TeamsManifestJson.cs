using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobFrame.Cli.TeamsPackage;

/// <summary>How the packaged manifest is written: indented, readable characters kept as they are.</summary>
internal static class TeamsManifestJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
