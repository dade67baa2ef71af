using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// The two key sources the bot trusts, each cached by a <see cref="ConfigurationManager{T}"/>:
/// refreshed on a timer, and on request when a token names a key id not yet seen.
/// </summary>
internal sealed class BotSigningKeys
{
    /// <summary>The named HttpClient used to fetch metadata and keys.</summary>
    public const string HttpClientName = "BotFramework.OpenId";

    // A token with an unknown kid may ask for a refresh at most this often, so forged kids cannot hammer the metadata host.
    private static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromSeconds(30);

    public BotSigningKeys(IHttpClientFactory httpClientFactory, IOptions<BotFrameworkOptions> options)
    {
        var settings = options.Value;
        Channel = CreateManager(settings.ChannelOpenIdMetadataUrl, settings.SigningKeyRefreshInterval, httpClientFactory);
        Entra = CreateManager(settings.EntraOpenIdMetadataUrl, settings.SigningKeyRefreshInterval, httpClientFactory);
    }

    /// <summary>Keys of the Bot Framework channel service, with their endorsements.</summary>
    public ConfigurationManager<SigningKeySet> Channel { get; }

    /// <summary>Entra keys, for Entra-issued tokens to single-tenant bots.</summary>
    public ConfigurationManager<SigningKeySet> Entra { get; }

    private static ConfigurationManager<SigningKeySet> CreateManager(Uri metadataUrl, TimeSpan refreshInterval, IHttpClientFactory httpClientFactory)
    {
        // The options validator has already refused plain http anywhere but loopback.
        var documents = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName))
        {
            RequireHttps = !metadataUrl.IsLoopback,
        };
        return new ConfigurationManager<SigningKeySet>(metadataUrl.AbsoluteUri, new SigningKeySetRetriever(), documents)
        {
            AutomaticRefreshInterval = refreshInterval,
            RefreshInterval = MinimumForcedRefreshInterval,
        };
    }
}
