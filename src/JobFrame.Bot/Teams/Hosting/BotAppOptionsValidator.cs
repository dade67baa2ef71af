using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Stops the host at start when the bot's identity is half configured, naming the missing setting.</summary>
internal sealed class BotAppOptionsValidator : IValidateOptions<BotAppOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAppOptions options)
    {
        if (options.IsDevelopmentMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.MicrosoftAppType != MicrosoftAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (options.MicrosoftAppType != MicrosoftAppType.MultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
