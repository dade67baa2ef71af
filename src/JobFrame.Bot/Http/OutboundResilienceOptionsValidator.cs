using System.Globalization;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Http;

/// <summary>
/// Refuses <c>Outbound</c> durations outside their ranges: a <c>[Range(typeof(TimeSpan), ...)]</c> attribute is checked
/// through reflection, which a trimmed or native build cannot keep.
/// </summary>
internal sealed class OutboundResilienceOptionsValidator : IValidateOptions<OutboundResilienceOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundResilienceOptions options)
    {
        var failures = new List<string>();
        CheckRange(options.RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1), nameof(options.RetryBaseDelay), failures);
        CheckRange(options.MaxRetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(5), nameof(options.MaxRetryDelay), failures);
        CheckRange(options.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromMinutes(5), nameof(options.MaxRetryAfter), failures);
        CheckRange(options.AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), nameof(options.AttemptTimeout), failures);
        CheckRange(options.TotalTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), nameof(options.TotalTimeout), failures);
        CheckRange(options.BreakerSamplingDuration, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), nameof(options.BreakerSamplingDuration), failures);
        CheckRange(options.BreakDuration, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), nameof(options.BreakDuration), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(TimeSpan value, TimeSpan minimum, TimeSpan maximum, string setting, List<string> failures)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{OutboundResilienceOptions.SectionName}:{setting} must be between {minimum:c} and {maximum:c}."));
        }
    }
}
