using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JobFrame.Cli.TeamsPackage;

/// <summary>
/// `jobframe teams-package --app-id &lt;guid&gt; --host &lt;domain&gt; [--version x.y.z] [--previous earlier.zip]
/// [--privacy-url https://…] [--terms-url https://…] [--out file.zip]`: the zip Teams accepts, with manifest.json (the
/// bundled manifest with the bot's app id, host, version and legal pages filled in), color.png and outline.png at its
/// root. The icons are the committed files beside the bundled manifest (manifests/teams), copied byte for byte. With
/// --previous, a version that is not higher than the earlier package's, or another app's package, is refused: Teams
/// would not take the upload as an update.
/// </summary>
public static partial class TeamsPackageCommand
{
    /// <summary>The bundled manifest and its two icons, copied next to the executable (manifests/teams).</summary>
    private static readonly string BundledManifests = Path.Combine(AppContext.BaseDirectory, "manifests", "teams");

    /// <summary>The icons the manifest names: color.png, 192×192 on the accent colour, and outline.png, 32×32 white on transparent.</summary>
    private static readonly string[] Icons = ["color.png", "outline.png"];

    private static readonly string[] Options = ["--app-id", "--host", "--out", "--manifest", "--version", "--previous", "--privacy-url", "--terms-url"];

    public static int Run(CliArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var unknown = arguments.OptionNames.FirstOrDefault(o => !Options.Contains(o));
        if (unknown is not null)
        {
            return CliApplication.UsageError(stderr, $"teams-package does not take {unknown}");
        }

        var appId = arguments.Value("--app-id");
        var host = arguments.Value("--host");
        if (appId is null || !Guid.TryParseExact(appId, "D", out _))
        {
            return CliApplication.UsageError(stderr, "teams-package needs --app-id <the bot's Microsoft App ID, a GUID>");
        }

        if (host is null || !HostName().IsMatch(host))
        {
            return CliApplication.UsageError(stderr, "teams-package needs --host <the bot's public host name, e.g. jobframe.contoso.com, no https:// or path>");
        }

        appId = appId.ToLowerInvariant();
        host = host.ToLowerInvariant();
        var privacy = arguments.Value("--privacy-url") ?? $"https://{host}/privacy";
        var terms = arguments.Value("--terms-url") ?? $"https://{host}/terms";
        foreach (var (option, url) in new[] { ("--privacy-url", privacy), ("--terms-url", terms) })
        {
            if (!IsHttpsUrl(url))
            {
                return CliApplication.UsageError(stderr, $"teams-package needs {option} <an https:// address>, not {url}");
            }
        }

        var template = arguments.Value("--manifest") ?? Path.Combine(BundledManifests, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(template))!.AsObject();
        var versionText = arguments.Value("--version") ?? manifest["version"]?.GetValue<string>();
        if (!AppVersion.TryParse(versionText, out var version))
        {
            return CliApplication.UsageError(stderr, $"teams-package needs --version <MAJOR.MINOR.PATCH, e.g. 1.0.1>, not {versionText}");
        }

        if (arguments.Value("--previous") is { } previousPath)
        {
            var previous = EarlierPackage.Read(previousPath, out var problem);
            if (previous is null)
            {
                return CliApplication.UsageError(stderr, "teams-package --previous: " + problem);
            }

            if (previous.AppId != appId)
            {
                return CliApplication.UsageError(
                    stderr, $"teams-package --previous: {previousPath} is the package of app {previous.AppId}, not of {appId}; an update keeps the app id");
            }

            if (version <= previous.Version)
            {
                return CliApplication.UsageError(
                    stderr, $"teams-package needs a --version higher than {previous.Version}, the version of {previousPath}: Teams takes a package as an update only when its version is higher");
            }
        }

        Fill(manifest, appId, host);
        manifest["version"] = version.ToString();
        var developer = manifest["developer"]!.AsObject();
        developer["privacyUrl"] = privacy;
        developer["termsOfUseUrl"] = terms;

        var output = Path.GetFullPath(arguments.Value("--out") ?? "jobframe-teams.zip");
        Write(output, manifest);
        stdout.WriteLine($"Wrote {output} (version {version}): upload it in Teams (Apps → Manage your apps → Upload an app), or publish it as an update (docs/DEPLOY.md).");
        return ExitCodes.Ok;
    }

    /// <summary>Puts the app id and host into every place of the manifest that names them.</summary>
    public static JsonObject Fill(JsonObject manifest, string appId, string host)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        manifest["id"] = appId;
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            bot!["botId"] = appId;
        }

        foreach (var extension in manifest["composeExtensions"]?.AsArray() ?? [])
        {
            extension!["botId"] = appId;
        }

        var developer = manifest["developer"]!.AsObject();
        developer["websiteUrl"] = $"https://{host}/";
        developer["privacyUrl"] = $"https://{host}/privacy";
        developer["termsOfUseUrl"] = $"https://{host}/terms";
        manifest["validDomains"] = new JsonArray(host);
        return manifest;
    }

    // Written next to the target first and moved over it, so an existing package is replaced whole or not at all.
    private static void Write(string output, JsonObject manifest)
    {
        var partial = output + ".partial";
        File.Delete(partial);
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(TeamsManifestJson.Options)));
            foreach (var icon in Icons)
            {
                Add(zip, icon, File.ReadAllBytes(Path.Combine(BundledManifests, icon)));
            }
        }

        File.Move(partial, output, overwrite: true);
    }

    private static bool IsHttpsUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && url.Length <= 2048;

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
