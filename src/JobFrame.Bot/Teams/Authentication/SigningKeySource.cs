using Microsoft.IdentityModel.Protocols;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// One trusted key source. A <see cref="ConfigurationManager{T}"/> caches the keys and refreshes them on a timer;
/// when a token names a key id the cache does not hold, the source fetches the keys once more right away
/// (at most every <see cref="MinimumForcedRefreshInterval"/>) so a key rollover is honoured on the first token
/// that uses the new key, and nudges the manager to catch up.
/// </summary>
internal sealed class SigningKeySource : IDisposable
{
    // Forged kids must not turn the bot into a tool for hammering the metadata host.
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly ConfigurationManager<SigningKeySet> _manager;
    private readonly IConfigurationRetriever<SigningKeySet> _retriever;
    private readonly IDocumentRetriever _documents;
    private readonly string _metadataAddress;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _forcedRefreshGate = new(1, 1);
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private volatile SigningKeySet? _forcedKeys;

    public SigningKeySource(
        string metadataAddress, IDocumentRetriever documents, TimeSpan refreshInterval, TimeProvider timeProvider, ILogger logger)
    {
        _logger = logger;
        _metadataAddress = metadataAddress;
        _documents = documents;
        _retriever = new SigningKeySetRetriever();
        _timeProvider = timeProvider;
        _manager = new ConfigurationManager<SigningKeySet>(metadataAddress, _retriever, documents)
        {
            AutomaticRefreshInterval = refreshInterval,
            RefreshInterval = MinimumForcedRefreshInterval,
        };
    }

    /// <summary>Keys that include <paramref name="keyId"/> if the source publishes it now; otherwise the cached keys.</summary>
    public async Task<SigningKeySet> GetKeysIncludingAsync(string keyId, CancellationToken cancellationToken)
    {
        var cached = await _manager.GetConfigurationAsync(cancellationToken);
        if (cached.HasKey(keyId))
        {
            return cached;
        }

        if (_forcedKeys is { } forced && forced.HasKey(keyId))
        {
            return forced;
        }

        return await RefreshNowAsync(cancellationToken) is { } fresh && fresh.HasKey(keyId) ? fresh : cached;
    }

    public void Dispose() => _forcedRefreshGate.Dispose();

    private async Task<SigningKeySet?> RefreshNowAsync(CancellationToken cancellationToken)
    {
        await _forcedRefreshGate.WaitAsync(cancellationToken);
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (now - _lastForcedRefresh < MinimumForcedRefreshInterval)
            {
                return _forcedKeys;
            }

            _lastForcedRefresh = now;
            _forcedKeys = await _retriever.GetConfigurationAsync(_metadataAddress, _documents, cancellationToken);
            _manager.RequestRefresh();
            return _forcedKeys;
        }
        catch (Exception failure) when (failure is IOException or HttpRequestException or InvalidOperationException or ArgumentException)
        {
            // The cached keys stay in use; the token naming an unknown key is refused.
            Log.SigningKeysUnavailable(_logger, new Uri(_metadataAddress).Host, failure.GetType().Name);
            return null;
        }
        finally
        {
            _forcedRefreshGate.Release();
        }
    }
}
