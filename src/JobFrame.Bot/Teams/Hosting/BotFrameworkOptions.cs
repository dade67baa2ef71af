using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>The <c>BotFramework</c> settings section: where keys and tokens come from, and what the bot trusts.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Bot Framework channel OpenID metadata (signing keys with their endorsed channels).</summary>
    [Required]
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Entra OpenID metadata, for Entra-issued tokens to single-tenant bots.</summary>
    [Required]
    public Uri EntraOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>
    /// The Entra token endpoint, <c>https://{login host}/{tenant}/oauth2/v2.0/token</c>; <c>{tenant}</c> is replaced by the bot's
    /// token tenant and the rest is the authority MSAL uses, unless <c>Connections:ServiceConnection:Settings:AuthorityEndpoint</c> is set.
    /// </summary>
    [Required]
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    /// <summary>The scope of the bot's connector token (<c>https://api.botframework.us/.default</c> in Azure Government).</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The issuer of the tokens the Bot Framework channel service sends (<c>https://api.botframework.us</c> in Azure Government).</summary>
    [Required]
    public string ChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// The Entra issuers accepted for the bot's tenant, <c>{tenant}</c> replaced by its id; empty means the public cloud's v1
    /// and v2 issuers (<c>https://sts.windows.net/{tenant}/</c>, <c>https://login.microsoftonline.com/{tenant}/v2.0</c>).
    /// </summary>
    public IList<string>? EntraTokenIssuers { get; set; }

    /// <summary>Lets an <c>http://</c> loopback connector be answered (local tools and tests). Any other non-https serviceUrl is refused.</summary>
    public bool AllowLoopbackServiceUrl { get; set; }

    /// <summary>When not empty, only these Teams tenants are served; others get a polite refusal.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// How often signing keys are fetched again even when every token still matches a known key; 1 minute to 7 days
    /// (checked by <see cref="BotFrameworkOptionsValidator"/>: a TimeSpan range attribute cannot be checked without
    /// reflection).
    /// </summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Replies waiting to be posted; when full, new replies are dropped and logged rather than slowing the endpoint.</summary>
    [Range(1, 100_000)]
    public int OutboundQueueCapacity { get; set; } = 1_000;

    /// <summary>Conversations answered in parallel, so one slow connector does not hold up the others.</summary>
    [Range(1, 64)]
    public int OutboundWorkers { get; set; } = 4;
}

/// <summary>Checks <see cref="BotFrameworkOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class BotFrameworkOptionsAnnotations : IValidateOptions<BotFrameworkOptions>;
