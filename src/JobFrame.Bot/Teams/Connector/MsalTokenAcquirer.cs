using JobFrame.Bot.Teams.Hosting;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>Turns a <see cref="BotCredential"/> into the MSAL application and call that acquire the connector token.</summary>
internal sealed class MsalTokenAcquirer(BotCredential credential, IMsalHttpClientFactory http)
{
    public Func<CancellationToken, Task<AuthenticationResult>> Create() => credential.AuthType switch
    {
        BotAuthType.UserManagedIdentity => ManagedIdentity(ManagedIdentityId.WithUserAssignedClientId(Required(credential.ClientId, "ClientId")), credential.ManagedIdentityResource),
        BotAuthType.SystemManagedIdentity => ManagedIdentity(ManagedIdentityId.SystemAssigned, credential.ManagedIdentityResource),
        _ => ConfidentialClient(),
    };

    private Func<CancellationToken, Task<AuthenticationResult>> ManagedIdentity(ManagedIdentityId id, string resource)
    {
        var app = ManagedIdentityApplicationBuilder.Create(id).WithHttpClientFactory(http).Build();
        return cancellationToken => app.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
    }

    private Func<CancellationToken, Task<AuthenticationResult>> ConfidentialClient()
    {
        var authority = credential.Authority
            ?? throw new InvalidOperationException($"The token authority is not set: give {ServiceConnectionSettings.SectionName}:AuthorityEndpoint or BotFramework:TokenEndpoint, and the tenant.");
        var builder = ConfidentialClientApplicationBuilder.Create(Required(credential.ClientId, "ClientId"))
            // The authority comes from settings (public or sovereign cloud), so no instance discovery call is made first.
            .WithAuthority(authority.AbsoluteUri, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http);
        var settings = credential.Settings;
        builder = credential.AuthType switch
        {
            BotAuthType.ClientSecret => builder.WithClientSecret(Required(credential.ClientSecret, "ClientSecret (or MicrosoftAppPassword)")),
            BotAuthType.Certificate or BotAuthType.CertificateSubjectName =>
                builder.WithCertificate(BotCertificates.Load(settings), settings.SendX5C || credential.AuthType == BotAuthType.CertificateSubjectName),
            BotAuthType.FederatedCredentials => builder.WithClientAssertion(FederatedAssertion(settings)),
            BotAuthType.WorkloadIdentity => builder.WithClientAssertion(WorkloadAssertion()),
            _ => throw new InvalidOperationException($"AuthType {credential.AuthType} is not a confidential client credential."),
        };
        var app = builder.Build();
        string[] scopes = [credential.Scope];
        return cancellationToken => app.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
    }

    // The managed identity's own token for the token-exchange audience is what the app registration's federated credential trusts.
    private Func<AssertionRequestOptions, Task<string>> FederatedAssertion(ServiceConnectionSettings settings)
    {
        var id = string.IsNullOrWhiteSpace(settings.FederatedClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.WithUserAssignedClientId(settings.FederatedClientId);
        var identity = ManagedIdentityApplicationBuilder.Create(id).WithHttpClientFactory(http).Build();
        return async options =>
            (await identity.AcquireTokenForManagedIdentity(settings.FederatedTokenAudience).ExecuteAsync(options.CancellationToken)).AccessToken;
    }

    // AKS rotates the projected token: read it each time an assertion is needed (MSAL caches the resulting token).
    private Func<AssertionRequestOptions, Task<string>> WorkloadAssertion()
    {
        var file = Required(credential.FederatedTokenFile, "FederatedTokenFile (or AZURE_FEDERATED_TOKEN_FILE)");
        return async options => (await File.ReadAllTextAsync(file, options.CancellationToken)).Trim();
    }

    private static string Required(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{ServiceConnectionSettings.SectionName}:{setting} is not set.") : value;
}
