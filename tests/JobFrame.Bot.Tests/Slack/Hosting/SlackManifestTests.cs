using JobFrame.Bot.Slack.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.RepresentationModel;
using JobFrame.Tests.Shared;

namespace JobFrame.Bot.Tests.Slack.Hosting;

public sealed class SlackManifestTests
{
    private const string HostPlaceholder = "https://YOUR-HOST";

    private static readonly YamlMappingNode Manifest = LoadManifest();

    [Fact]
    public async Task Manifest_EveryUrl_PointsAtAPostRouteTheHostServes()
    {
        await using var host = await SlackHost.StartAsync();
        var served = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") ?? false)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);

        var urls = Scalars(Manifest).Where(s => s.StartsWith("http", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, urls.Count);
        Assert.All(urls, url =>
        {
            Assert.StartsWith(HostPlaceholder + SlackEndpoints.RoutePrefix + "/", url, StringComparison.Ordinal);
            Assert.Contains(url[HostPlaceholder.Length..], served);
        });
    }

    [Fact]
    public void Manifest_SlashCommand_IsJobframeWithDescriptionAndUsageHint()
    {
        var command = Assert.IsType<YamlMappingNode>(Assert.Single(Sequence(Manifest, "features", "slash_commands").Children));

        Assert.Equal("/jobframe", Value(command, "command"));
        Assert.Equal(HostPlaceholder + "/slack/commands", Value(command, "url"));
        Assert.False(string.IsNullOrWhiteSpace(Value(command, "description")));
        Assert.Contains("goals", Value(command, "usage_hint"), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_BotScopesAndEvents_AreExactlyWhatTheBotUses()
    {
        Assert.Equal(
            // chat:write.public lets the lookup shortcut post its card in a public channel the bot has not joined;
            // im:write opens the direct message that files exported from a private answer go to.
            ["app_mentions:read", "chat:write", "chat:write.public", "commands", "files:write", "im:history", "im:write"],
            Strings(Sequence(Manifest, "oauth_config", "scopes", "bot")).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["app_mention", "message.im"],
            Strings(Sequence(Manifest, "settings", "event_subscriptions", "bot_events")).Order(StringComparer.Ordinal));
        Assert.Equal(HostPlaceholder + "/slack/events", Value(Mapping(Manifest, "settings", "event_subscriptions"), "request_url"));
        Assert.Equal(HostPlaceholder + "/slack/interactions", Value(Mapping(Manifest, "settings", "interactivity"), "request_url"));
        Assert.Equal("true", Value(Mapping(Manifest, "settings", "interactivity"), "is_enabled"));
    }

    [Fact]
    public void Manifest_GlobalShortcut_LooksUpALevel()
    {
        var shortcut = Assert.IsType<YamlMappingNode>(Assert.Single(Sequence(Manifest, "features", "shortcuts").Children));

        Assert.Equal("Look up a level", Value(shortcut, "name"));
        Assert.Equal("global", Value(shortcut, "type"));
        Assert.Equal("lookup_level", Value(shortcut, "callback_id"));
        Assert.False(string.IsNullOrWhiteSpace(Value(shortcut, "description")));
    }

    [Fact]
    public void Manifest_DisplayInformationAndBotUser_ArePresent()
    {
        Assert.Equal("JobFrame", Value(Mapping(Manifest, "display_information"), "name"));
        Assert.False(string.IsNullOrWhiteSpace(Value(Mapping(Manifest, "display_information"), "description")));
        Assert.Equal("JobFrame", Value(Mapping(Manifest, "features", "bot_user"), "display_name"));
    }

    private static YamlMappingNode LoadManifest()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryRoot.Folder, "manifests", "slack", "manifest.yml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Mapping(YamlMappingNode root, params string[] path) =>
        path.Aggregate(root, (node, key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)]);

    private static YamlSequenceNode Sequence(YamlMappingNode root, params string[] path) =>
        (YamlSequenceNode)Mapping(root, path[..^1]).Children[new YamlScalarNode(path[^1])];

    private static string Value(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";

    private static IEnumerable<string> Strings(YamlSequenceNode sequence) =>
        sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "");

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        _ => [],
    };
}
