using System.Net;
using System.Text.Json;
using JobFrame.Bot.Canon;
using JobFrame.Bot.Web;
using JobFrame.Engine.Canon.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobFrame.Bot.Tests.Web;

public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Healthz_AnswersOk(string environment)
    {
        await using var host = new BotHostFixture(environment);
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_WithTheCanonLoaded_ReportsItsNameVersionFingerprintProfilesAndLoadTime()
    {
        await using var host = new BotHostFixture("Production");
        using var client = host.CreateClient();
        var canon = host.Services.GetRequiredService<CanonHolder>().Current;

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = report.RootElement;
        Assert.Equal("ready", root.GetProperty("status").GetString());
        var reported = root.GetProperty("canon");
        Assert.Equal(canon.Name, reported.GetProperty("name").GetString());
        Assert.Equal(canon.Version, reported.GetProperty("version").GetString());
        Assert.Equal(canon.Fingerprint, reported.GetProperty("fingerprint").GetString());
        Assert.Equal(canon.Profiles.Count, reported.GetProperty("profileCount").GetInt32());
        Assert.Equal(canon.LoadedAt, reported.GetProperty("loadedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Readyz_WithTheBundledCanon_CountsItsProfiles()
    {
        await using var host = new BotHostFixture("Production");
        using var client = host.CreateClient();
        var bundled = CanonLoader.Load(Path.Combine(AppContext.BaseDirectory, "canon"));

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(bundled.Profiles.Count, report.RootElement.GetProperty("canon").GetProperty("profileCount").GetInt32());
        Assert.Equal(bundled.Fingerprint, report.RootElement.GetProperty("canon").GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task Readyz_BeforeAnyCanonIsLoaded_Answers503()
    {
        // Without the loading service the host starts with no canon: exactly the window a probe must report.
        await using var host = new BotHostFixture("Production", configureServices: services =>
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CanonReloadService))));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ReadinessReport.CanonNotLoaded, report.RootElement.GetProperty("status").GetString());
        Assert.False(report.RootElement.TryGetProperty("canon", out _));
    }
}
