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
            logger.WebChatAvailable(Browsable(address));
        }
    }

    /// <summary>A wildcard binding (http://+:80, http://[::]:80) is opened in a browser as localhost.</summary>
    internal static string Browsable(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return address;
        }

        var isWildcard = uri.Host is "0.0.0.0" or "[::]" or "::";
        return isWildcard ? new UriBuilder(uri) { Host = "localhost" }.Uri.GetLeftPart(UriPartial.Authority) : uri.GetLeftPart(UriPartial.Authority);
    }
}
