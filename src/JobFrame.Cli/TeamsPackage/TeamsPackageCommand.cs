using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JobFrame.Cli.TeamsPackage;

/// <summary>
/// `jobframe teams-package --app-id &lt;guid&gt; --host &lt;domain&gt; [--out file.zip]`: the zip Teams accepts, with
/// manifest.json (the bundled manifest with the bot's app id and host filled in), color.png and outline.png at its root.
/// </summary>
public static partial class TeamsPackageCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var unknown = arguments.OptionNames.FirstOrDefault(o => o is not ("--app-id" or "--host" or "--out" or "--manifest"));
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

        var template = arguments.Value("--manifest") ?? Path.Combine(AppContext.BaseDirectory, "manifests", "teams", "manifest.json");
        var output = Path.GetFullPath(arguments.Value("--out") ?? "jobframe-teams.zip");
        var manifest = Fill(JsonNode.Parse(File.ReadAllText(template))!.AsObject(), appId.ToLowerInvariant(), host.ToLowerInvariant());

        using (var zip = ZipFile.Open(output, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(TeamsManifestJson.Options)));
            Add(zip, "color.png", TeamsIcons.Color());
            Add(zip, "outline.png", TeamsIcons.Outline());
        }

        stdout.WriteLine($"Wrote {output}: upload it in Teams (Apps → Manage your apps → Upload an app).");
        return ExitCodes.Ok;
    }

    /// <summary>Puts the app id and host into every place of the manifest that names them.</summary>
    public static JsonObject Fill(JsonObject manifest, string appId, string host)
    {
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

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
