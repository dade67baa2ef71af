using JobFrame.Bot.Teams.Connector;
using JobFrame.Bot.Teams.Hosting;

namespace JobFrame.Bot.Tests.Teams;

/// <summary>The managed identity token request, as each Azure host expects it.</summary>
public sealed class ManagedIdentityRequestTests
{
    private static readonly BotAppOptions App = new()
    {
        MicrosoftAppId = "6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10",
        MicrosoftAppType = MicrosoftAppType.UserAssignedMSI,
        MicrosoftAppTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
    };

    [Fact]
    public void OnAppServiceOrContainerApps_TheLocalIdentityEndpointIsAskedWithItsHeader()
    {
        using var request = BotTokenProvider.ManagedIdentityRequest(App, "http://localhost:42356/msi/token", "853b9a84-5bfa-4b22-a3f3-0b9a43d9ad8a");

        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(
            "http://localhost:42356/msi/token?api-version=2019-08-01&resource=https%3A%2F%2Fapi.botframework.com&client_id=6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10",
            request.RequestUri!.AbsoluteUri);
        Assert.Equal(["853b9a84-5bfa-4b22-a3f3-0b9a43d9ad8a"], request.Headers.GetValues("X-IDENTITY-HEADER"));
        Assert.False(request.Headers.Contains("Metadata"));
    }

    [Fact]
    public void ElsewhereTheInstanceMetadataEndpointIsAsked()
    {
        using var request = BotTokenProvider.ManagedIdentityRequest(App, identityEndpoint: null, identityHeader: null);

        Assert.Equal(
            "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fapi.botframework.com&client_id=6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10",
            request.RequestUri!.AbsoluteUri);
        Assert.Equal(["true"], request.Headers.GetValues("Metadata"));
    }
}
