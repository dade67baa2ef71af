using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Web;

/// <summary>
/// The real host (Program, with the bot's real handler and the bundled canon) in a chosen environment, its container
/// validated on build, with extra settings and, optionally, changes to its services and a recorder of its logs.
/// </summary>
public sealed class WebHostFactory(
    string environment,
    IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null,
    ILoggerProvider? logs = null) : WebApplicationFactory<Program>
{
    /// <summary>Starts the host on Kestrel at a free loopback port, reachable from a browser, and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Single()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseDefaultServiceProvider(provider =>
        {
            provider.ValidateOnBuild = true;
            provider.ValidateScopes = true;
        });
        builder.ConfigureAppConfiguration(configuration =>
            configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>()));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }
}
