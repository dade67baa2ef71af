using System.Net;
using System.Net.Sockets;
using JobFrame.Bot.Telemetry;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace JobFrame.Bot.Http;

/// <summary>
/// The one policy for the bot's outbound calls (connector, Slack Web API), built from the resilience library: a total
/// timeout, retries with exponential back-off and jitter that honour <c>Retry-After</c> up to a bound, a circuit breaker
/// per remote host, and a per-attempt timeout. A request that may have changed something (a POST) is retried only when
/// the remote surely did not act on it: 429, or a connection that was never made.
/// </summary>
internal static class OutboundResilience
{
    /// <summary>Adds the policy to <paramref name="builder"/>'s client under <paramref name="remote"/>, one pipeline per host.</summary>
    public static IHttpClientBuilder AddOutboundResilience(this IHttpClientBuilder builder, string remote)
    {
        AddOutboundOptions(builder.Services);
        builder.AddResilienceHandler(remote, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<OutboundResilienceOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OutboundResilience).FullName!);
            pipeline
                .AddTimeout(options.TotalTimeout)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context, options)),
                    OnRetry = arguments =>
                    {
                        var request = arguments.Context.GetRequestMessage();
                        Log.OutboundRetrying(
                            logger,
                            remote, request?.RequestUri?.Host, Describe(arguments.Outcome), arguments.AttemptNumber + 1, arguments.RetryDelay.TotalMilliseconds);
                        return default;
                    },
                })
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = options.BreakerSamplingDuration,
                    BreakDuration = options.BreakDuration,
                    OnOpened = arguments =>
                    {
                        Log.CircuitOpened(logger, remote, arguments.Context.GetRequestMessage()?.RequestUri?.Host, arguments.BreakDuration.TotalSeconds);
                        return default;
                    },
                })
                .AddTimeout(options.AttemptTimeout);
        }).SelectPipelineByAuthority();
        builder.AddHttpMessageHandler(services => new OutboundAttemptHandler(remote, services.GetService<BotMetrics>()));
        return builder;
    }

    /// <summary>
    /// The <c>Outbound</c> section, bound and validated once however many clients carry the policy: binding it again for
    /// each client would bind the section once more every time the options are built.
    /// </summary>
    private static void AddOutboundOptions(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<OutboundResilienceOptions>)))
        {
            return;
        }

        services.AddOptions<OutboundResilienceOptions>().BindConfiguration(OutboundResilienceOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundResilienceOptions>, OutboundResilienceOptionsAnnotations>();
        services.AddSingleton<IValidateOptions<OutboundResilienceOptions>, OutboundResilienceOptionsValidator>();
    }

    /// <summary>Whether another attempt may be made after <paramref name="outcome"/>.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, OutboundResilienceOptions options)
    {
        var idempotent = context.GetRequestMessage()?.Method is { } method
            && (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options);
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                // Throttled: the remote refused the request without acting on it, so any method may be sent again.
                HttpStatusCode.TooManyRequests => RetryAfter(response) is not { } wait || wait <= options.MaxRetryAfter,
                HttpStatusCode.RequestTimeout => idempotent,
                >= HttpStatusCode.InternalServerError => idempotent,
                _ => false,
            };
        }

        return outcome.Exception switch
        {
            // Nothing reached the remote: the connection was refused or the host name did not resolve.
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => true,
            HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => true,
            HttpRequestException or TimeoutRejectedException => idempotent,
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : outcome.Exception switch
            {
                HttpRequestException failure => failure.HttpRequestError.ToString(),
                { } other => other.GetType().Name,
                null => "unknown",
            };
}
