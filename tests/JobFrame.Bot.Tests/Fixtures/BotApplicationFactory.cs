using System.Net;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// The real host (Program) with test settings, its container validated on build, the echo handler in place of the bot's logic
/// (or, when <paramref name="handler"/> is null, the bot's own handler), logs recorded, and optionally every request arriving
/// from <paramref name="remoteAddress"/>. The environment is "Testing" (not Development) unless a test needs Development.
/// </summary>
public sealed class BotApplicationFactory(
    IDictionary<string, string?> settings,
    EchoActivityHandler? handler,
    RecordingLoggerProvider logs,
    IPAddress? remoteAddress = null,
    LoopbackCertificate? trustedCertificate = null,
    TimeProvider? time = null,
    string environment = "Testing") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseDefaultServiceProvider(provider =>
        {
            provider.ValidateOnBuild = true;
            provider.ValidateScopes = true;
        });
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        // OTEL_* are read while Program registers its services, as the environment variables they are in production;
        // settings added above arrive only after that.
        foreach (var (key, value) in settings.Where(setting => setting.Key.StartsWith("OTEL_", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            if (handler is not null)
            {
                services.AddSingleton<ITeamsActivityHandler>(handler);
            }

            if (trustedCertificate is not null)
            {
                // Only the token client talks to the stand-in's https endpoints; nothing else trusts its certificate.
                services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(trustedCertificate.TrustingHandler);
            }

            if (time is not null)
            {
                services.AddSingleton(time);
            }

            if (remoteAddress is not null)
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(remoteAddress));
            }
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
