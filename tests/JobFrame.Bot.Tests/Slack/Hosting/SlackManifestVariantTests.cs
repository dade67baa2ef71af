using JobFrame.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace JobFrame.Bot.Tests.Slack.Hosting;

/// <summary>The Socket Mode manifest is the same app as the HTTP one without request URLs; both are org-ready.</summary>
public sealed class SlackManifestVariantTests
{
    private static readonly string[] UrlKeys = ["url", "request_url"];

    [Theory]
    [InlineData("manifest.yml")]
    [InlineData("manifest-socket-mode.yml")]
    public void Manifest_IsOrgReadyForEnterpriseGrid(string file)
    {
        Assert.Equal("true", Setting(Load(file), "org_deploy_enabled"));
    }

    [Fact]
    public void SocketModeManifest_TurnsSocketModeOnAndHasNoRequestUrl()
    {
        var manifest = Load("manifest-socket-mode.yml");

        Assert.Equal("true", Setting(manifest, "socket_mode_enabled"));
        Assert.DoesNotContain(Keys(manifest), UrlKeys.Contains);
        Assert.Equal("false", Setting(Load("manifest.yml"), "socket_mode_enabled"));
    }

    [Fact]
    public void SocketModeManifest_IsTheHttpManifestWithoutItsUrls()
    {
        var http = Load("manifest.yml");
        var socket = Load("manifest-socket-mode.yml");
        Strip(http);
        Strip(socket);

        Assert.Equal(Print(http), Print(socket));
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(Path.Combine(RepositoryRoot.Folder, "manifests", "slack", file));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Setting(YamlMappingNode manifest, string key) =>
        ((YamlScalarNode)((YamlMappingNode)manifest.Children[new YamlScalarNode("settings")]).Children[new YamlScalarNode(key)]).Value ?? "";

    private static IEnumerable<string> Keys(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Keys(c.Value).Prepend(((YamlScalarNode)c.Key).Value ?? "")),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Keys),
        _ => [],
    };

    // Removes the request URLs and the Socket Mode switch: what may differ between the two manifests.
    private static void Strip(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var key in mapping.Children.Keys.Cast<YamlScalarNode>().Where(k => UrlKeys.Contains(k.Value) || k.Value == "socket_mode_enabled").ToList())
                {
                    mapping.Children.Remove(key);
                }

                foreach (var child in mapping.Children.Values)
                {
                    Strip(child);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Strip(child);
                }

                break;
        }
    }

    private static string Print(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
