namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// How the bot proves who it is when it asks Entra for its connector token: the <c>AuthType</c> values of the
/// Microsoft 365 Agents SDK's MSAL connection settings, with the same names.
/// </summary>
public enum BotAuthType
{
    /// <summary>The app registration's client secret (<c>ClientSecret</c>, or <c>MicrosoftAppPassword</c>).</summary>
    ClientSecret,

    /// <summary>A certificate, from a file (<c>CertificatePath</c>) or a certificate store by thumbprint (<c>CertThumbprint</c>).</summary>
    Certificate,

    /// <summary>A certificate found in a store by subject name (<c>CertSubjectName</c>), usually sent with its chain (SN+I).</summary>
    CertificateSubjectName,

    /// <summary>A user-assigned managed identity whose client id is <c>ClientId</c> (or <c>MicrosoftAppId</c>).</summary>
    UserManagedIdentity,

    /// <summary>The host's system-assigned managed identity.</summary>
    SystemManagedIdentity,

    /// <summary>
    /// The app registration trusts a managed identity (<c>FederatedClientId</c>, system-assigned when empty) as a federated
    /// identity credential: the identity's token for the token-exchange audience is the client assertion.
    /// </summary>
    FederatedCredentials,

    /// <summary>
    /// AKS workload identity: the projected service-account token in <c>FederatedTokenFile</c> (or
    /// <c>AZURE_FEDERATED_TOKEN_FILE</c>) is the client assertion.
    /// </summary>
    WorkloadIdentity,
}
