using JobFrame.Bot.Teams.Hosting;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// The bot's credential as configured, with Azure Bot Service's settings (<c>MicrosoftApp*</c>) filling in whatever the
/// Agents SDK-shaped <c>Connections:ServiceConnection:Settings</c> section leaves out, and the workload identity
/// variables AKS injects (<c>AZURE_CLIENT_ID</c>, <c>AZURE_TENANT_ID</c>, <c>AZURE_FEDERATED_TOKEN_FILE</c>) last.
/// </summary>
internal sealed record BotCredential(
    BotAuthType AuthType,
    string? ClientId,
    string? TenantId,
    string? ClientSecret,
    string Scope,
    string? AuthorityTemplate,
    ServiceConnectionSettings Settings)
{
    // Multi-tenant registrations take their token from the Bot Framework's own tenant.
    private const string MultiTenantTokenTenant = "botframework.com";
    private const string TokenPathSuffix = "/oauth2/v2.0/token";

    /// <summary>The token tenant's Entra authority, such as <c>https://login.microsoftonline.com/{tenant id}</c>.</summary>
    public Uri? Authority => AuthorityTemplate is null || TenantId is null
        ? null
        : new Uri(AuthorityTemplate
            .Replace("{tenantId}", Uri.EscapeDataString(TenantId), StringComparison.OrdinalIgnoreCase)
            .Replace("{tenant}", Uri.EscapeDataString(TenantId), StringComparison.OrdinalIgnoreCase)
            .TrimEnd('/'));

    /// <summary>What a managed identity asks for: the scope without its <c>/.default</c>.</summary>
    public string ManagedIdentityResource => Scope.EndsWith("/.default", StringComparison.Ordinal) ? Scope[..^"/.default".Length] : Scope;

    /// <summary>The projected token file of AKS workload identity.</summary>
    public string? FederatedTokenFile =>
        Settings.FederatedTokenFile is { Length: > 0 } file ? file : Environment.GetEnvironmentVariable("AZURE_FEDERATED_TOKEN_FILE");

    public static BotCredential Resolve(BotAppOptions app, ServiceConnectionSettings connection, BotFrameworkOptions framework)
    {
        var authType = connection.AuthType
            ?? (app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI ? BotAuthType.UserManagedIdentity : BotAuthType.ClientSecret);
        var workload = authType == BotAuthType.WorkloadIdentity;
        var clientId = FirstSet(connection.ClientId, app.MicrosoftAppId, workload ? Environment.GetEnvironmentVariable("AZURE_CLIENT_ID") : null);
        var tenantId = app.MicrosoftAppType == MicrosoftAppType.MultiTenant && connection.TenantId is null
            ? MultiTenantTokenTenant
            : FirstSet(connection.TenantId, app.MicrosoftAppTenantId, workload ? Environment.GetEnvironmentVariable("AZURE_TENANT_ID") : null);
        var scope = connection.Scopes.FirstOrDefault(scope => !string.IsNullOrWhiteSpace(scope)) ?? framework.OAuthScope;
        return new BotCredential(
            authType,
            clientId,
            tenantId,
            FirstSet(connection.ClientSecret, app.MicrosoftAppPassword),
            scope,
            FirstSet(connection.AuthorityEndpoint, AuthorityOf(framework.TokenEndpoint)),
            connection);
    }

    /// <summary><c>https://host/{tenant}/oauth2/v2.0/token</c> becomes <c>https://host/{tenant}</c>, the authority MSAL is given.</summary>
    public static string? AuthorityOf(string tokenEndpoint) =>
        tokenEndpoint.EndsWith(TokenPathSuffix, StringComparison.OrdinalIgnoreCase) ? tokenEndpoint[..^TokenPathSuffix.Length] : null;

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
