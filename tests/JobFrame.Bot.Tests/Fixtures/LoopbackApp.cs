using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>What every stand-in for a remote service (Bot Framework, Slack, an OTLP collector) is built on.</summary>
internal static class LoopbackApp
{
    /// <summary>
    /// A slim app, silent in the test log, that will listen on 127.0.0.1 at a free port over http and, with
    /// <paramref name="certificate"/>, at another over https.
    /// </summary>
    public static WebApplication Create(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is not null)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            if (certificate is not null)
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
            }
        });
        return builder.Build();
    }

    /// <summary>The started app's address for <paramref name="scheme"/> ("http" or "https"), ending in '/'.</summary>
    public static string Address(WebApplication app, string scheme = "http") =>
        app.Urls.Single(url => url.StartsWith(scheme + "://", StringComparison.Ordinal)).TrimEnd('/') + "/";
}
