using JobFrame.Bot.Tests.Fixtures;
using static JobFrame.Bot.Tests.Teams.Connector.CredentialReplies;

namespace JobFrame.Bot.Tests.Teams.Connector;

/// <summary>
/// Secretless bots: the token comes from the managed identity endpoint the Azure host provides (App Service and Container
/// Apps: IDENTITY_ENDPOINT with IDENTITY_HEADER; a VM: the instance metadata service), or from Entra with a federated
/// credential (a managed identity's token, or AKS's projected token file) as the client assertion. These tests set
/// process environment variables, so they live in one class and run one after another.
/// </summary>
public sealed class ManagedIdentityCredentialTests
{
    private const string IdentityClientId = "9a1b2c3d-0000-4e5f-8a9b-0c1d2e3f4a5b";

    [Fact]
    public async Task AppServiceUserAssignedIdentity_AsAzureBotServiceConfiguresIt_GetsTheTokenFromIdentityEndpoint()
    {
        await using var host = await StartWithoutSecretAsync(settings => settings["MicrosoftAppType"] = "UserAssignedMSI");

        await WithEnvironmentAsync(AppService(host.StandIns), async () =>
        {
            Assert.Equal("Bearer " + BotFrameworkStandIns.AppServiceIdentityToken + " https://api.botframework.com", await ReplyAuthorizationAsync(host));
        });

        var request = Assert.Single(host.StandIns.IdentityRequests);
        Assert.Equal(BotFrameworkStandIns.IdentityHeaderSecret, request["X-IDENTITY-HEADER"]);
        Assert.Equal("https://api.botframework.com", request["resource"]);
        Assert.Equal(TestIdentity.AppId, request["client_id"]);
        Assert.Empty(host.StandIns.TokenRequests);
    }

    [Fact]
    public async Task VmSystemAssignedIdentity_GetsTheTokenFromTheInstanceMetadataService()
    {
        await using var host = await StartWithoutSecretAsync(settings => settings[Section + "AuthType"] = "SystemManagedIdentity");

        await WithEnvironmentAsync(Vm(host.StandIns), async () =>
        {
            Assert.Equal("Bearer " + BotFrameworkStandIns.VmIdentityToken + " https://api.botframework.com", await ReplyAuthorizationAsync(host));
        });

        var request = Assert.Single(host.StandIns.IdentityRequests);
        Assert.Equal("/metadata/identity/oauth2/token", request["path"]);
        Assert.Equal("true", request["Metadata"]);
        Assert.False(request.ContainsKey("client_id"));
    }

    [Fact]
    public async Task FederatedCredential_UsesTheManagedIdentitysExchangeTokenAsTheAssertion()
    {
        await using var host = await StartWithoutSecretAsync(settings =>
        {
            settings[Section + "AuthType"] = "FederatedCredentials";
            settings[Section + "FederatedClientId"] = IdentityClientId;
        });

        await WithEnvironmentAsync(AppService(host.StandIns), async () =>
        {
            Assert.Equal("Bearer " + BotFrameworkStandIns.AssertionAccessToken, await ReplyAuthorizationAsync(host));
        });

        var identityRequest = Assert.Single(host.StandIns.IdentityRequests);
        Assert.Equal("api://AzureADTokenExchange", identityRequest["resource"]);
        Assert.Equal(IdentityClientId, identityRequest["client_id"]);
        var tokenRequest = Assert.Single(host.StandIns.TokenRequests);
        Assert.Equal(TestIdentity.AppId, tokenRequest.Form["client_id"]);
        Assert.Equal(BotFrameworkStandIns.AppServiceIdentityToken + " api://AzureADTokenExchange", tokenRequest.Form["client_assertion"]);
    }

    [Fact]
    public async Task AksWorkloadIdentity_UsesTheProjectedTokenFileAsTheAssertion_InTheConfiguredCloud()
    {
        var tokenFile = Path.Combine(Directory.CreateTempSubdirectory("jobframe-wi-").FullName, "token");
        await File.WriteAllTextAsync(tokenFile, "projected-service-account-token\n");
        try
        {
            await using var host = await StartWithoutSecretAsync(settings =>
            {
                settings[Section + "AuthType"] = "WorkloadIdentity";
                settings[Section + "FederatedTokenFile"] = tokenFile;
                settings["BotFramework:OAuthScope"] = "https://api.botframework.us/.default";
            });

            Assert.Equal("Bearer " + BotFrameworkStandIns.AssertionAccessToken, await ReplyAuthorizationAsync(host));

            var request = Assert.Single(host.StandIns.TokenRequests);
            Assert.Equal("projected-service-account-token", request.Form["client_assertion"]);
            Assert.Equal("https://api.botframework.us/.default", request.Form["scope"]);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(tokenFile)!, recursive: true);
        }
    }

    private static Dictionary<string, string?> AppService(BotFrameworkStandIns standIns) => new()
    {
        ["IDENTITY_ENDPOINT"] = standIns.IdentityEndpoint,
        ["IDENTITY_HEADER"] = BotFrameworkStandIns.IdentityHeaderSecret,
        ["AZURE_POD_IDENTITY_AUTHORITY_HOST"] = null,
    };

    // The metadata service's address, moved to the stand-in the way MSAL allows (AZURE_POD_IDENTITY_AUTHORITY_HOST).
    private static Dictionary<string, string?> Vm(BotFrameworkStandIns standIns) => new()
    {
        ["IDENTITY_ENDPOINT"] = null,
        ["IDENTITY_HEADER"] = null,
        ["AZURE_POD_IDENTITY_AUTHORITY_HOST"] = standIns.BaseUrl.TrimEnd('/'),
    };
}
