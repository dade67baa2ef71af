using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Tests.Teams.Hosting;

/// <summary>The Teams registrations build a valid container, and half-configured identities stop the host at start.</summary>
public sealed class TeamsContainerTests
{
    private static readonly Dictionary<string, string?> ProductionSettings = new()
    {
        ["MicrosoftAppId"] = "6f3c2b1e-8d4a-4c7b-9e21-5a0d7c3b9f10",
        ["MicrosoftAppPassword"] = "secret",
        ["MicrosoftAppTenantId"] = "0b7e5c2a-41d9-4f3e-a8c6-92d1e4f7b305",
    };

    [Fact]
    public void AddTeams_BuildsWithValidateOnBuildAndResolvesTheEndpoint()
    {
        using var provider = Services(ProductionSettings)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<ActivityRequestHandler>());
        Assert.IsType<SilentActivityHandler>(provider.GetRequiredService<ITeamsActivityHandler>());
    }

    [Fact]
    public void AddTeams_BindsTheTopLevelIdentityAndTheBotFrameworkSection()
    {
        var settings = new Dictionary<string, string?>(ProductionSettings)
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["BotFramework:AllowLoopbackServiceUrl"] = "true",
            ["BotFramework:AllowedTenants:0"] = "tenant-a",
            ["BotFramework:AllowedTenants:1"] = "tenant-b",
        };
        using var provider = Services(settings).BuildServiceProvider();

        var app = provider.GetRequiredService<IOptions<BotAppOptions>>().Value;
        var framework = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal(MicrosoftAppType.MultiTenant, app.MicrosoftAppType);
        Assert.False(app.IsDevelopmentMode);
        Assert.True(framework.AllowLoopbackServiceUrl);
        Assert.Equal(["tenant-a", "tenant-b"], framework.AllowedTenants);
        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), framework.ChannelOpenIdMetadataUrl);
    }

    [Fact]
    public void NoAppId_IsDevelopmentModeAndValid()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        Assert.True(provider.GetRequiredService<IOptions<BotAppOptions>>().Value.IsDevelopmentMode);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", null, "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppTenantId", null, "MicrosoftAppTenantId")]
    [InlineData("BotFramework:ChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "BotFramework:ChannelOpenIdMetadataUrl")]
    [InlineData("BotFramework:EntraOpenIdMetadataUrl", "http://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", "BotFramework:EntraOpenIdMetadataUrl")]
    [InlineData("BotFramework:TokenEndpoint", "http://login.microsoftonline.com/{tenant}/oauth2/v2.0/token", "BotFramework:TokenEndpoint")]
    [InlineData("Outbound:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Connections:ServiceConnection:Settings:AuthType", "Certificate", "CertificatePath")]
    [InlineData("Connections:ServiceConnection:Settings:AuthType", "CertificateSubjectName", "CertSubjectName")]
    [InlineData("Connections:ServiceConnection:Settings:AuthType", "WorkloadIdentity", "FederatedTokenFile")]
    [InlineData("Connections:ServiceConnection:Settings:AuthorityEndpoint", "http://login.microsoftonline.us/{tenantId}", "AuthorityEndpoint")]
    [InlineData("BotFramework:SigningKeyRefreshInterval", "00:00:30", "BotFramework:SigningKeyRefreshInterval")]
    [InlineData("Outbound:RetryBaseDelay", "00:02:00", "Outbound:RetryBaseDelay")]
    [InlineData("Outbound:MaxRetryDelay", "-00:00:01", "Outbound:MaxRetryDelay")]
    public void HalfConfiguredSettings_FailAtStartNamingTheSetting(string key, string? value, string named)
    {
        var settings = new Dictionary<string, string?>(ProductionSettings) { [key] = value };
        using var provider = Services(settings).BuildServiceProvider();

        var failure = Assert.ThrowsAny<OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiTenantWithoutTenantId_IsValid()
    {
        var settings = new Dictionary<string, string?>(ProductionSettings) { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppTenantId"] = null };
        using var provider = Services(settings).BuildServiceProvider();

        provider.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        Assert.Equal(MicrosoftAppType.MultiTenant, provider.GetRequiredService<IOptions<BotAppOptions>>().Value.MicrosoftAppType);
    }

    private static ServiceCollection Services(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddTeams(configuration);
        return services;
    }
}
