using System.Security.Cryptography.X509Certificates;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// The <c>Connections:ServiceConnection:Settings</c> section: the bot's credential, named as in the Microsoft 365 Agents
/// SDK's MSAL connection settings (https://learn.microsoft.com/microsoft-365/agents-sdk/microsoft-authentication-library-configuration-options).
/// Every value is optional: without <see cref="AuthType"/> the credential comes from Azure Bot Service's own settings
/// (<c>MicrosoftAppPassword</c> for a secret, <c>MicrosoftAppType=UserAssignedMSI</c> for a managed identity), and
/// <see cref="ClientId"/> and <see cref="TenantId"/> fall back to <c>MicrosoftAppId</c> and <c>MicrosoftAppTenantId</c>.
/// </summary>
public sealed class ServiceConnectionSettings
{
    public const string SectionName = "Connections:ServiceConnection:Settings";

    public BotAuthType? AuthType { get; set; }

    /// <summary>The app registration's client id (the bot's app id); for <see cref="BotAuthType.UserManagedIdentity"/>, the identity's.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The Entra authority, such as <c>https://login.microsoftonline.us/{tenantId}</c>; <c>{tenantId}</c> is replaced.</summary>
    public string? AuthorityEndpoint { get; set; }

    /// <summary>The scopes asked for; the first one is used. Defaults to <c>BotFramework:OAuthScope</c>.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>A PKCS#12 (.pfx/.p12) or PEM file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of the PKCS#12 file, or of the PEM file's encrypted key.</summary>
    public string? CertificatePassword { get; set; }

    public string? CertThumbprint { get; set; }

    public string? CertSubjectName { get; set; }

    public string CertStoreName { get; set; } = nameof(StoreName.My);

    /// <summary><c>CurrentUser</c> or <c>LocalMachine</c> (the machine store).</summary>
    public StoreLocation CertStoreLocation { get; set; } = StoreLocation.CurrentUser;

    /// <summary>Only certificates that chain to a trusted root and are within their validity dates are used.</summary>
    public bool ValidCertificateOnly { get; set; } = true;

    /// <summary>Sends the certificate's public chain with each assertion (subject name and issuer authentication).</summary>
    public bool SendX5C { get; set; }

    /// <summary>For <see cref="BotAuthType.FederatedCredentials"/>: the user-assigned managed identity's client id; empty for system-assigned.</summary>
    public string? FederatedClientId { get; set; }

    /// <summary>For <see cref="BotAuthType.WorkloadIdentity"/>: the projected token file; defaults to <c>AZURE_FEDERATED_TOKEN_FILE</c>.</summary>
    public string? FederatedTokenFile { get; set; }

    /// <summary>
    /// The audience of the managed identity's token used as a federated credential: <c>api://AzureADTokenExchange</c> in the
    /// public cloud, <c>api://AzureADTokenExchangeUSGov</c> in Azure Government, <c>api://AzureADTokenExchangeChina</c> in Azure China.
    /// </summary>
    public string FederatedTokenAudience { get; set; } = "api://AzureADTokenExchange";
}
