using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Web;

/// <summary>Says, once the server listens, where to open the web chat page.</summary>
internal sealed class WebChatAddressNotice(
    IServer server,
    IHostApplicationLifetime lifetime,
    IHostEnvironment environment,
    IOptions<WebChatOptions> options,
    ILogger<WebChatAddressNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsServedIn(environment))
        {
            lifetime.ApplicationStarted.Register(AnnounceAddresses);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void AnnounceAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Log.WebChatAvailable(logger, Browsable(address));
        }
    }

    /// <summary>
    /// The address to open in a browser: Kestrel reports wildcard bindings as configured (http://+:80, http://*:80,
    /// http://0.0.0.0:80, http://[::]:80), and on this machine each of them is reached as localhost.
    /// </summary>
    internal static string Browsable(string address)
    {
        var named = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(named, UriKind.Absolute, out var uri))
        {
            return address;
        }

        var browsable = new UriBuilder(uri);
        if (uri.Host is "0.0.0.0" or "[::]")
        {
            browsable.Host = "localhost";
        }

        return browsable.Uri.GetLeftPart(UriPartial.Authority);
    }
}
