using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Http;

/// <summary>
/// The <c>Outbound</c> section: the one resilience policy of every call the bot makes to the Bot Framework connector and to
/// the Slack Web API (docs/DEPLOY.md, "Outbound calls"). Times are <c>hh:mm:ss</c>; their ranges are checked by
/// <see cref="OutboundResilienceOptionsValidator"/> (a TimeSpan range attribute cannot be checked without reflection).
/// </summary>
public sealed class OutboundResilienceOptions
{
    public const string SectionName = "Outbound";

    /// <summary>Attempts per request, the first included.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first back-off delay; each further one doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest <c>Retry-After</c> the bot waits; a longer one ends the request as failed instead of holding a worker.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it is abandoned.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a request may take, every attempt and wait included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The share of failed attempts to one host, within <see cref="BreakerSamplingDuration"/>, that opens its circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts to one host within the sampling window before its circuit may open at all.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls to its host before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>Checks <see cref="OutboundResilienceOptions"/>'s data annotations; its durations are checked by <see cref="OutboundResilienceOptionsValidator"/>.</summary>
[OptionsValidator]
internal sealed partial class OutboundResilienceOptionsAnnotations : IValidateOptions<OutboundResilienceOptions>;
