using System.Net;
using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// The bearer token the bot presents to the connector, acquired with MSAL for the configured <see cref="BotCredential"/>
/// (secret, certificate, managed identity on App Service, Container Apps, VMs and AKS, or a federated credential) and
/// cached by MSAL until shortly before it expires.
/// </summary>
internal sealed class BotTokenProvider(
    IOptions<BotAppOptions> appOptions,
    IOptions<ServiceConnectionSettings> connectionOptions,
    IOptions<BotFrameworkOptions> frameworkOptions,
    MsalHttpClientFactory msalHttp,
    ILogger<BotTokenProvider> logger) : IDisposable
{
    /// <summary>The named HttpClient used for token requests (Entra and the managed identity endpoint).</summary>
    public const string HttpClientName = "BotFramework.Token";

    private readonly Lock _gate = new();
    // One acquisition at a time: concurrent replies after start or expiry wait for one token request, not one each.
    private readonly SemaphoreSlim _acquiring = new(1, 1);
    private Func<CancellationToken, Task<AuthenticationResult>>? _acquire;

    /// <summary>The token, or null in development mode where the local connector needs none.</summary>
    /// <exception cref="HttpRequestException">Entra or the managed identity endpoint refused, or could not be reached.</exception>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (appOptions.Value.IsDevelopmentMode)
        {
            return null;
        }

        await _acquiring.WaitAsync(cancellationToken);
        try
        {
            var result = await Acquirer()(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalServiceException failure)
        {
            Log.TokenRequestFailed(logger, failure.StatusCode, failure.ErrorCode);
            throw new HttpRequestException("The bot token request was refused.", failure, StatusOf(failure.StatusCode));
        }
        catch (MsalClientException failure)
        {
            Log.TokenRequestFailed(logger, 0, failure.ErrorCode);
            throw new HttpRequestException("The bot token could not be requested.", failure);
        }
        finally
        {
            _acquiring.Release();
        }
    }

    public void Dispose() => _acquiring.Dispose();

    private static HttpStatusCode? StatusOf(int status) => status > 0 ? (HttpStatusCode)status : null;

    // Built on first use: a development host never builds one, and a bad certificate is reported when a reply needs it.
    private Func<CancellationToken, Task<AuthenticationResult>> Acquirer()
    {
        lock (_gate)
        {
            return _acquire ??= new MsalTokenAcquirer(
                BotCredential.Resolve(appOptions.Value, connectionOptions.Value, frameworkOptions.Value), msalHttp).Create();
        }
    }
}
