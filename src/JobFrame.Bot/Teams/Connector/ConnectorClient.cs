using System.Net.Http.Headers;
using JobFrame.Bot.Http;
using JobFrame.Bot.Teams.Schema;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// Posts replies to the Bot Framework connector
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#reply-to-activity).
/// Retries, timeouts and the circuit breaker are the outbound policy on the named client (<see cref="OutboundResilience"/>).
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    BotTokenProvider tokens,
    ILogger<ConnectorClient> logger)
{
    /// <summary>The named HttpClient used for connector calls.</summary>
    public const string HttpClientName = "BotFramework.Connector";

    /// <summary>
    /// POSTs <paramref name="reply"/> to <c>{serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>.
    /// Returns not posted, with the connector's last status, having logged why and after how many attempts, when the
    /// connector never accepted it.
    /// </summary>
    public async Task<ConnectorResult> ReplyToActivityAsync(Uri serviceUrl, Activity reply, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ReplyUrl(serviceUrl, reply))
        {
            // Escaped only where JSON requires, with its length: the size Teams measures is the size the bot measured.
            Content = ActivityJson.Content(reply),
        };
        var attempts = AttemptCounter.AttachTo(request);
        int statusCode;
        try
        {
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
        }
        catch (HttpRequestException failure)
        {
            statusCode = (int?)failure.StatusCode ?? 0;
        }
        catch (TimeoutRejectedException)
        {
            statusCode = StatusCodes.Status408RequestTimeout;
        }
        catch (BrokenCircuitException)
        {
            // The connector at this host has been failing; the circuit refused the call without sending it.
            statusCode = StatusCodes.Status503ServiceUnavailable;
        }

        Log.ReplyDropped(logger, reply.ReplyToId, serviceUrl.Host, statusCode, attempts.Count);
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
}
