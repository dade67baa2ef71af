using System.Net.Http.Headers;
using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// Asks Slack for a Socket Mode connection address: <c>POST apps.connections.open</c> with the app-level token, at
/// the Web API base address (<c>Slack:ApiBaseUrl</c>).
/// </summary>
internal sealed class SocketModeConnector(IHttpClientFactory clients, IOptions<SlackOptions> slack, IOptions<SlackSocketModeOptions> socketMode)
{
    public const string Method = "apps.connections.open";

    /// <summary>The name of the HTTP client the connector uses.</summary>
    public const string HttpClientName = "SlackSocketMode";

    /// <summary>The <c>wss://</c> address of a new connection.</summary>
    /// <exception cref="SlackApiException">Slack answered <c>ok: false</c> (for example <c>invalid_auth</c>) or no address.</exception>
    /// <exception cref="HttpRequestException">Slack could not be reached or answered with an HTTP error.</exception>
    public async Task<Uri> OpenAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(slack.Value.ApiBaseUrl, Method));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", socketMode.Value.AppToken);
        request.Content = new FormUrlEncodedContent([]);
        using var http = clients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync(SocketModeJsonContext.Default.AppsConnectionsOpenResponse, ct);
        if (answer is not { Ok: true, Url: { } url })
        {
            throw new SlackApiException(Method, answer?.Error ?? "no_url");
        }

        return url;
    }
}
