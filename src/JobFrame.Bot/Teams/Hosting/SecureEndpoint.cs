namespace JobFrame.Bot.Teams.Hosting;

/// <summary>The one rule for every URL the bot sends credentials to or trusts keys from.</summary>
internal static class SecureEndpoint
{
    /// <summary>https anywhere; http only to a loopback address, and only when allowed.</summary>
    public static bool IsAllowed(Uri url, bool allowLoopbackHttp) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || (allowLoopbackHttp && url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <summary>Parses a serviceUrl from an activity and applies <see cref="IsAllowed"/>.</summary>
    public static bool TryParseServiceUrl(string? serviceUrl, bool allowLoopbackHttp, out Uri url)
    {
        url = null!;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed) || !IsAllowed(parsed, allowLoopbackHttp)
            || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }

        url = parsed;
        return true;
    }
}
