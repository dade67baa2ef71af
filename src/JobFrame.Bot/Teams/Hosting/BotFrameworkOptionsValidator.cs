using System.Globalization;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// Refuses key and token URLs that could be read or forged on the way (https only, loopback excepted), and durations
/// outside their ranges: a <c>[Range(typeof(TimeSpan), ...)]</c> attribute is checked through reflection, which a
/// trimmed or native build cannot keep.
/// </summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        CheckRange(options.SigningKeyRefreshInterval, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7), "BotFramework:SigningKeyRefreshInterval", failures);
        CheckSecure(options.ChannelOpenIdMetadataUrl, "BotFramework:ChannelOpenIdMetadataUrl", failures);
        CheckSecure(options.EntraOpenIdMetadataUrl, "BotFramework:EntraOpenIdMetadataUrl", failures);
        // MSAL sends credentials to https authorities only, loopback included.
        var tokenEndpoint = options.TokenEndpoint.Replace("{tenant}", "tenant", StringComparison.Ordinal);
        if (!Uri.TryCreate(tokenEndpoint, UriKind.Absolute, out var tokenUri) || tokenUri.Scheme != Uri.UriSchemeHttps
            || Connector.BotCredential.AuthorityOf(options.TokenEndpoint) is null)
        {
            failures.Add("BotFramework:TokenEndpoint must be an absolute https URL ending in /oauth2/v2.0/token.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(TimeSpan value, TimeSpan minimum, TimeSpan maximum, string setting, List<string> failures)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{setting} must be between {minimum:c} and {maximum:c}."));
        }
    }

    private static void CheckSecure(Uri url, string setting, List<string> failures)
    {
        if (!url.IsAbsoluteUri || !SecureEndpoint.IsAllowed(url, allowLoopbackHttp: true))
        {
            failures.Add($"{setting} must be an absolute https URL (http only on loopback).");
        }
    }
}
