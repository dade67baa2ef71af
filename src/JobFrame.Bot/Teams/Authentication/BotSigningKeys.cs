using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>The two key sources the bot trusts: the Bot Framework channel service, and Entra.</summary>
internal sealed class BotSigningKeys : IDisposable
{
    /// <summary>The named HttpClient used to fetch metadata and keys.</summary>
    public const string HttpClientName = "BotFramework.OpenId";

    public BotSigningKeys(
        IHttpClientFactory httpClientFactory, IOptions<BotFrameworkOptions> options, TimeProvider timeProvider, ILogger<BotSigningKeys> logger)
    {
        var settings = options.Value;
        Channel = CreateSource(settings.ChannelOpenIdMetadataUrl, settings, httpClientFactory, timeProvider, logger);
        Entra = CreateSource(settings.EntraOpenIdMetadataUrl, settings, httpClientFactory, timeProvider, logger);
    }

    /// <summary>Keys of the Bot Framework channel service, with their endorsements.</summary>
    public SigningKeySource Channel { get; }

    /// <summary>Entra keys, for Entra-issued tokens to single-tenant bots.</summary>
    public SigningKeySource Entra { get; }

    public void Dispose()
    {
        Channel.Dispose();
        Entra.Dispose();
    }

    private static SigningKeySource CreateSource(
        Uri metadataUrl, BotFrameworkOptions settings, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger logger)
    {
        // The options validator has already refused plain http anywhere but loopback.
        var documents = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
        {
            RequireHttps = !metadataUrl.IsLoopback,
        };
        return new SigningKeySource(metadataUrl.AbsoluteUri, documents, settings.SigningKeyRefreshInterval, timeProvider, logger);
    }
}
