using System.Net;
using JobFrame.Bot.Telemetry;

namespace JobFrame.Bot.Http;

/// <summary>
/// Sits under the resilience pipeline, so it sees every attempt: counts it on the request's <see cref="AttemptCounter"/>
/// and records a refused or throttled attempt in the bot's metrics.
/// </summary>
internal sealed class OutboundAttemptHandler(string remote, BotMetrics? metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(AttemptCounter.Key, out var counter))
        {
            counter.Increment();
        }

        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics?.OutboundRateLimited(remote);
            }

            if (!response.IsSuccessStatusCode)
            {
                metrics?.OutboundFailure(remote, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return response;
        }
        catch (HttpRequestException failure)
        {
            metrics?.OutboundFailure(remote, failure.HttpRequestError.ToString());
            throw;
        }
    }
}
