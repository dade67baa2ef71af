using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobFrame.Cli.TeamsPackage;

/// <summary>
/// The app id and version of a package published before, read from the package zip (its root manifest.json) or from
/// a manifest.json itself, so that a new package can be checked to be an update of it.
/// </summary>
public sealed record EarlierPackage(string AppId, AppVersion Version)
{
    /// <summary>Reads <paramref name="path"/>; null with <paramref name="problem"/> saying why when it cannot.</summary>
    public static EarlierPackage? Read(string path, out string? problem)
    {
        problem = null;
        try
        {
            JsonNode? manifest;
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                manifest = JsonNode.Parse(File.ReadAllText(path));
            }
            else
            {
                using var zip = ZipFile.OpenRead(path);
                var entry = zip.GetEntry("manifest.json");
                if (entry is null)
                {
                    problem = $"{path} has no manifest.json at its root, so it is not a Teams app package";
                    return null;
                }

                using var stream = entry.Open();
                manifest = JsonNode.Parse(stream);
            }

            var id = (manifest?["id"] as JsonValue)?.TryGetValue<string>(out var text) == true ? text : null;
            var versionText = (manifest?["version"] as JsonValue)?.TryGetValue<string>(out var v) == true ? v : null;
            if (id is null || !AppVersion.TryParse(versionText, out var version))
            {
                problem = $"the manifest of {path} has no app id or no MAJOR.MINOR.PATCH version";
                return null;
            }

            return new EarlierPackage(id.ToLowerInvariant(), version);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            problem = $"cannot read {path}: {ex.Message}";
            return null;
        }
    }
}
