using System.Text.Json.Nodes;
using JobFrame.Tests.Shared;

namespace JobFrame.Infra.Tests;

/// <summary>infra/main.bicep builds and lints clean with the Bicep CLI, and deploys the bot the way the docs say.</summary>
public sealed class InfraTests : IDisposable
{
    private static readonly string Infra = Path.Combine(RepositoryRoot.Folder, "infra");
    private static readonly string MainBicep = Path.Combine(Infra, "main.bicep");

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("jobframe-infra-");

    [Fact]
    public async Task MainBicep_Builds()
    {
        var (exit, _, error) = await BicepCli.RunAsync("build", MainBicep, "--stdout");

        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error.Trim());
    }

    [Fact]
    public async Task MainBicep_LintsWithoutADiagnostic()
    {
        var (exit, output, error) = await BicepCli.RunAsync("lint", MainBicep);

        Assert.True(exit == 0, output + error);
        Assert.Equal(string.Empty, (output + error).Trim());
    }

    [Fact]
    public async Task ABicepFileWithAnUnusedParameter_FailsTheLint()
    {
        File.Copy(Path.Combine(Infra, "bicepconfig.json"), Path.Combine(_scratch.FullName, "bicepconfig.json"));
        var broken = Path.Combine(_scratch.FullName, "main.bicep");
        File.WriteAllText(broken, File.ReadAllText(MainBicep) + "\nparam neverUsed string = 'x'\n");

        var (exit, output, error) = await BicepCli.RunAsync("lint", broken);

        Assert.NotEqual(0, exit);
        Assert.Contains("no-unused-params", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBot_IsSingleTenantWithTheUserAssignedIdentity_AndHasTheTeamsChannel()
    {
        var template = await BuildAsync();

        var bot = Resource(template, "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot["kind"]);
        var properties = bot["properties"]!;
        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.Contains("userAssignedIdentities", (string?)properties["msaAppMSIResourceId"], StringComparison.Ordinal);
        Assert.Contains("clientId", (string?)properties["msaAppId"], StringComparison.Ordinal);
        Assert.Contains("tenantId", (string?)properties["msaAppTenantId"], StringComparison.Ordinal);
        Assert.Contains("/api/messages", (string?)properties["endpoint"], StringComparison.Ordinal);
        var teams = Resource(template, "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)teams["properties"]!["channelName"]);
    }

    [Fact]
    public async Task TheWebApp_RunsDotNet10OnLinuxAsTheIdentity_WithTheBotSettingsWired()
    {
        var template = await BuildAsync();

        var site = Resource(template, "Microsoft.Web/sites");
        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("/readyz", (string?)config["healthCheckPath"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        // The settings are one expression over the template's variables: every name must appear in one or the other.
        var settings = config["appSettings"]!.ToJsonString() + template["variables"]?.ToJsonString();
        foreach (var setting in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "Slack__SigningSecret", "Slack__BotToken", "Slack__AppToken", "ConnectionStrings__Redis" })
        {
            Assert.Contains(setting, settings, StringComparison.Ordinal);
        }

        Assert.Contains("UserAssignedMSI", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_IsOptionalAndTlsOnly()
    {
        var template = await BuildAsync();

        var redis = Resource(template, "Microsoft.Cache/redis");
        Assert.Equal("[parameters('deployRedis')]", (string?)redis["condition"]);
        Assert.False((bool)redis["properties"]!["enableNonSslPort"]!);
        Assert.Equal("1.2", (string?)redis["properties"]!["minimumTlsVersion"]);
    }

    [Fact]
    public async Task Secrets_AreSecureParametersAndNoOutputHoldsOne()
    {
        var template = await BuildAsync();

        foreach (var secret in new[] { "slackSigningSecret", "slackBotToken", "slackAppToken" })
        {
            Assert.Equal("securestring", (string?)template["parameters"]![secret]!["type"]);
        }

        var outputs = template["outputs"]!.AsObject().Select(o => o.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["hostName", "messagingEndpoint", "microsoftAppId", "webAppName"], outputs);
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private static async Task<JsonObject> BuildAsync()
    {
        var (exit, output, error) = await BicepCli.RunAsync("build", MainBicep, "--stdout");
        Assert.True(exit == 0, error);
        return JsonNode.Parse(output)!.AsObject();
    }

    // Bicep writes resources as an object keyed by symbolic name when the template uses newer features, else as an array.
    private static JsonNode Resource(JsonObject template, string type)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(r => r!),
            JsonObject symbolic => symbolic.Select(r => r.Value!),
            _ => [],
        };
        return Assert.Single(resources, r => (string?)r["type"] == type);
    }
}
