using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// The real host (Program, the bundled canon unless settings say otherwise) as every test starts it: in-memory
/// settings, its container validated on build, every log line kept in <see cref="Logs"/>, and, as
/// <see cref="BotHostOptions"/> ask, a driven clock, stand-in services and a caller address. Nothing leaks between hosts.
/// </summary>
public sealed class BotHostFixture(BotHostOptions options) : WebApplicationFactory<Program>
{
    /// <summary>A host in <paramref name="environment"/> with <paramref name="settings"/> and, optionally, changed services.</summary>
    public BotHostFixture(string environment, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
        : this(new BotHostOptions { Environment = environment, Settings = settings ?? new Dictionary<string, string?>(), Services = configureServices })
    {
    }

    /// <summary>Every log entry the host writes, at Debug and above, with its structured values.</summary>
    public FakeLogCollector Logs { get; } = new();

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
        builder.UseEnvironment(options.Environment);
        builder.UseDefaultServiceProvider(provider =>
        {
            provider.ValidateOnBuild = true;
            provider.ValidateScopes = true;
        });

        // Some settings (OTEL_*) are read while Program registers its services, as the environment variables they are in
        // production: host settings are seen then. The same values added last to app configuration outrank appsettings.json.
        foreach (var (key, value) in options.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(options.Settings));
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            if (options.Time is not null)
            {
                services.AddSingleton<TimeProvider>(options.Time);
            }

            if (options.RemoteAddress is not null)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(options.RemoteAddress));
            }

            options.Services?.Invoke(services);
        });
    }

    private sealed class RemoteAddressStartupFilter(IPAddress remoteAddress) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = remoteAddress;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
