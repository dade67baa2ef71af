using System.Security.Cryptography;
using System.Text;
using JobFrame.Engine.Resolution;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>
/// Loads a canon folder (canon.yaml, levels.yaml, families/*.yaml, roles/*.yaml, and the bot's vocabulary/*.yaml and
/// organisation/*.yaml tables) into a validated <see cref="CanonSnapshot"/> with its title index built. Every problem is collected and thrown together as a <see cref="CanonLoadException"/>
/// naming file, line and problem.
/// </summary>
public static class CanonLoader
{
    private const string ManifestFile = "canon.yaml";
    private const string LevelsFile = "levels.yaml";

    /// <summary>Loads and validates the canon in <paramref name="directory"/>.</summary>
    public static CanonSnapshot Load(string directory, TimeProvider? clock = null)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new CanonLoadException([new CanonError(directory, 1, "the canon folder does not exist")]);
        }

        var errors = new List<CanonError>();
        (string Name, string Version)? manifest = null;
        List<Level>? levels = null;
        var families = new List<JobFamily>();
        var roles = new List<TaxonomyRole>();
        var vocabulary = new VocabularyFileReader();

        // One file at a time: each file's YAML tree is read into the canon model and dropped before the next is parsed,
        // so a large canon never holds all of its YAML in memory at once.
        foreach (var path in CanonFiles(root))
        {
            var file = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (file.StartsWith("organisation/", StringComparison.Ordinal))
            {
                // Streamed: an organisation's title table can be far larger than the canon itself.
                if (ReadOrganisation(path, file, errors) is { } organisation)
                {
                    vocabulary.AddOrganisation(organisation);
                }

                continue;
            }

            if (ReadDocument(path, file, errors) is not { } doc)
            {
                continue;
            }

            if (file == ManifestFile)
            {
                manifest = ReadManifest(doc);
            }
            else if (file == LevelsFile)
            {
                levels = [.. LevelsFileReader.Read(doc.Root, doc.Yaml)];
            }
            else if (file.StartsWith("families/", StringComparison.Ordinal) && FamilyFileReader.Read(doc.Root, doc.Yaml) is { } family)
            {
                families.Add(family);
            }
            else if (file.StartsWith("roles/", StringComparison.Ordinal) && RoleFileReader.Read(doc.Root, doc.Yaml) is { } role)
            {
                roles.Add(role);
            }
            else if (file.StartsWith("vocabulary/", StringComparison.Ordinal))
            {
                vocabulary.ReadVocabulary(doc.Root, doc.Yaml);
            }
        }

        if (manifest is null)
        {
            errors.Add(new CanonError(ManifestFile, 1, "the file is missing: it names the canon and its version"));
        }

        if (levels is null)
        {
            errors.Add(new CanonError(LevelsFile, 1, "the file is missing: every canon needs its levels"));
        }

        var (name, version) = manifest ?? (string.Empty, string.Empty);
        levels ??= [];

        var profiles = ProfileBuilder.Build(levels, families, roles, errors);

        // Built even when earlier checks failed, so vocabulary references and alias collisions are reported in the same pass.
        var resolver = TitleResolver.Create(levels, profiles, vocabulary.Result, errors);
        if (errors.Count > 0)
        {
            throw new CanonLoadException(errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList());
        }

        return new CanonSnapshot(
            name, version, Fingerprint(root), (clock ?? TimeProvider.System).GetUtcNow(), levels, families, roles, profiles,
            vocabulary.Result, resolver);
    }

    /// <summary>The file's YAML tree, or null (with the problem recorded) when it is not one valid YAML mapping.</summary>
    private static CanonDocument? ReadDocument(string path, string file, List<CanonError> errors)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path, Encoding.UTF8))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new CanonError(file, 1, "the file must hold one YAML mapping"));
                return null;
            }

            return new CanonDocument(mapping, new YamlNodes(file, errors));
        }
        catch (YamlException ex)
        {
            errors.Add(NotValidYaml(file, ex));
            return null;
        }
    }

    private static OrganisationTables? ReadOrganisation(string path, string file, List<CanonError> errors)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return OrganisationFileReader.Read(reader, new YamlNodes(file, errors));
        }
        catch (YamlException ex)
        {
            errors.Add(NotValidYaml(file, ex));
            return null;
        }
    }

    private static CanonError NotValidYaml(string file, YamlException ex) =>
        new(file, (int)Math.Max(1, ex.Start.Line), "not valid YAML: " + ex.Message);

    /// <summary>Every YAML file below the canon folder, in a stable order.</summary>
    public static IEnumerable<string> CanonFiles(string root) =>
        Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static (string Name, string Version) ReadManifest(CanonDocument manifest)
    {
        manifest.Yaml.OnlyKnownKeys(manifest.Root, "name", "version");
        return (manifest.Yaml.RequiredString(manifest.Root, "name") ?? string.Empty,
                manifest.Yaml.RequiredString(manifest.Root, "version") ?? string.Empty);
    }

    private static string Fingerprint(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in CanonFiles(root))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, path).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private sealed record CanonDocument(YamlMappingNode Root, YamlNodes Yaml);
}
