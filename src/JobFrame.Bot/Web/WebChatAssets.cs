using System.Collections.Frozen;

namespace JobFrame.Bot.Web;

/// <summary>
/// The page's files, built from src/JobFrame.Bot/webchat by the project's build and embedded in the host, so the
/// page travels with the binaries wherever they are run from.
/// </summary>
internal static class WebChatAssets
{
    /// <summary>The files the page consists of, by name, with their media types.</summary>
    public static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["webchat.js"] = "text/javascript; charset=utf-8",
        ["page.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const string ResourcePrefix = "webchat/";

    /// <summary>Opens an embedded file of the page, or returns null when <paramref name="name"/> is not one.</summary>
    public static Stream? Open(string name) =>
        MediaTypes.ContainsKey(name)
            ? typeof(WebChatAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            : null;
}
