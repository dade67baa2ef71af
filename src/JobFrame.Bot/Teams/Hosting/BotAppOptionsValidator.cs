using JobFrame.Bot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Stops the host at start when the bot's identity is half configured, naming the missing setting.</summary>
internal sealed class BotAppOptionsValidator(
    IOptions<ServiceConnectionSettings> connection, IOptions<BotFrameworkOptions> framework) : IValidateOptions<BotAppOptions>
{
    private const string Section = ServiceConnectionSettings.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, BotAppOptions options)
    {
        if (options.IsDevelopmentMode)
        {
            return ValidateOptionsResult.Success;
        }

        var credential = BotCredential.Resolve(options, connection.Value, FrameworkOrDefaults());
        var settings = credential.Settings;
        var failures = new List<string>();
        var needsTenant = credential.AuthType is not (BotAuthType.UserManagedIdentity or BotAuthType.SystemManagedIdentity);
        if (needsTenant && string.IsNullOrWhiteSpace(credential.TenantId))
        {
            failures.Add($"MicrosoftAppTenantId (or {Section}TenantId) is required when MicrosoftAppType is {options.MicrosoftAppType} and AuthType is {credential.AuthType}.");
        }

        var missing = credential.AuthType switch
        {
            BotAuthType.ClientSecret when string.IsNullOrWhiteSpace(credential.ClientSecret) =>
                $"MicrosoftAppPassword (or {Section}ClientSecret) is required when MicrosoftAppId is set and MicrosoftAppType is {options.MicrosoftAppType}.",
            BotAuthType.Certificate when string.IsNullOrWhiteSpace(settings.CertificatePath) && string.IsNullOrWhiteSpace(settings.CertThumbprint) =>
                $"{Section}CertificatePath or {Section}CertThumbprint is required when AuthType is Certificate.",
            BotAuthType.CertificateSubjectName when string.IsNullOrWhiteSpace(settings.CertSubjectName) =>
                $"{Section}CertSubjectName is required when AuthType is CertificateSubjectName.",
            BotAuthType.WorkloadIdentity when string.IsNullOrWhiteSpace(credential.FederatedTokenFile) =>
                $"{Section}FederatedTokenFile (or the AZURE_FEDERATED_TOKEN_FILE variable) is required when AuthType is WorkloadIdentity.",
            _ => null,
        };
        if (missing is not null)
        {
            failures.Add(missing);
        }

        if (settings.AuthorityEndpoint is { Length: > 0 } authority
            && (!Uri.TryCreate(authority.Replace("{tenantId}", "t", StringComparison.OrdinalIgnoreCase), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Section}AuthorityEndpoint must be an absolute https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Invalid BotFramework settings are reported by their own validator, once; here the defaults do to check the credential.
    private BotFrameworkOptions FrameworkOrDefaults()
    {
        try
        {
            return framework.Value;
        }
        catch (OptionsValidationException)
        {
            return new BotFrameworkOptions();
        }
    }
}
