using System.Net;
using System.Net.Http.Headers;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// Posts replies to the Bot Framework connector
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#reply-to-activity),
/// retrying throttling and server errors a bounded number of times.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    BotTokenProvider tokens,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    /// <summary>The named HttpClient used for connector calls.</summary>
    public const string HttpClientName = "BotFramework.Connector";

    /// <summary>
    /// POSTs <paramref name="reply"/> to <c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>.
    /// Returns not posted, with the connector's last status and having logged why, when it never accepted it.
    /// </summary>
    public async Task<ConnectorResult> ReplyToActivityAsync(Uri serviceUrl, Activity reply, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = ReplyUrl(serviceUrl, reply);
        var statusCode = 0;
        for (var attempt = 1; attempt <= settings.ConnectorMaxAttempts; attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url)
                {
                    // Escaped only where JSON requires: the size Teams measures is the size the bot measured.
                    Content = ActivityJson.Content(reply),
                };
                var token = await tokens.GetTokenAsync(cancellationToken);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return ConnectorResult.Accepted;
                }

                statusCode = (int)response.StatusCode;
                if (!IsRetryable(response.StatusCode))
                {
                    break;
                }

                retryAfter = RetryAfter(response.Headers.RetryAfter);
            }
            catch (HttpRequestException failure)
            {
                statusCode = (int?)failure.StatusCode ?? 0;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The HttpClient timed out; the connector may just be slow, so it counts as retryable.
                statusCode = (int)HttpStatusCode.RequestTimeout;
            }

            if (attempt == settings.ConnectorMaxAttempts)
            {
                break;
            }

            var delay = Min(retryAfter ?? settings.ConnectorRetryBaseDelay * Math.Pow(2, attempt - 1), settings.ConnectorMaxRetryDelay);
            logger.ConnectorRetrying(serviceUrl.Host, statusCode, attempt, delay.TotalMilliseconds);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }

        logger.ReplyDropped(reply.ReplyToId, serviceUrl.Host, statusCode, settings.ConnectorMaxAttempts);
        return new ConnectorResult(false, statusCode);
    }

    private static Uri ReplyUrl(Uri serviceUrl, Activity reply)
    {
        var baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        var conversation = Uri.EscapeDataString(reply.Conversation?.Id ?? string.Empty);
        var path = reply.ReplyToId is { Length: > 0 } replyToId
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyToId)}"
            : $"v3/conversations/{conversation}/activities";
        return new Uri(baseUrl, path);
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Max(date - timeProvider.GetUtcNow(), TimeSpan.Zero),
        _ => null,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
