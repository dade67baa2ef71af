using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using JobFrame.Bot.Http;
using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Telemetry;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace JobFrame.Bot.Slack.WebApi;

/// <summary>
/// <see cref="ISlackWebApi"/> over HttpClient: bearer token on Web API methods only (never on upload or
/// response URLs), JSON bodies sent with their length; 429 with <c>Retry-After</c>, timeouts and the circuit breaker are
/// the outbound policy (<see cref="OutboundResilience"/>) on the client.
/// </summary>
internal sealed class SlackWebApiClient(
    HttpClient http,
    IOptions<SlackOptions> options,
    ILogger<SlackWebApiClient> logger,
    BotMetrics? metrics = null) : ISlackWebApi
{
    /// <summary>The remote's name in logs, metrics and the outbound policy.</summary>
    public const string RemoteName = "slack";

    private const string ResponseUrlOperation = "response_url";
    private const string UploadUrlOperation = "upload_url";

    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    public bool IsConfigured => options.Value.HasBotToken;

    public Task<ChatPostMessageResponse> PostMessageAsync(ChatPostMessageRequest request, CancellationToken ct) =>
        CallAsync("chat.postMessage", () => JsonRequestContent.Create(request, Json.ChatPostMessageRequest), Json.ChatPostMessageResponse, ct);

    public Task<ViewsResponse> OpenViewAsync(ViewsOpenRequest request, CancellationToken ct) =>
        CallAsync("views.open", () => JsonRequestContent.Create(request, Json.ViewsOpenRequest), Json.ViewsResponse, ct);

    public Task<ViewsResponse> UpdateViewAsync(ViewsUpdateRequest request, CancellationToken ct) =>
        CallAsync("views.update", () => JsonRequestContent.Create(request, Json.ViewsUpdateRequest), Json.ViewsResponse, ct);

    // This method is documented for form arguments; every Slack deployment accepts them.
    public Task<FilesGetUploadUrlExternalResponse> GetUploadUrlExternalAsync(string filename, long length, CancellationToken ct) =>
        CallAsync(
            "files.getUploadURLExternal",
            () => new FormUrlEncodedContent(
            [
                new("filename", filename),
                new("length", length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]),
            Json.FilesGetUploadUrlExternalResponse,
            ct);

    public Task<FilesCompleteUploadExternalResponse> CompleteUploadExternalAsync(
        FilesCompleteUploadExternalRequest request, CancellationToken ct) =>
        CallAsync(
            "files.completeUploadExternal",
            () => JsonRequestContent.Create(request, Json.FilesCompleteUploadExternalRequest),
            Json.FilesCompleteUploadExternalResponse,
            ct);

    public async Task UploadToUrlAsync(Uri uploadUrl, string filename, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        using var content = new MultipartFormDataContent();
        content.Add(new ReadOnlyMemoryContent(bytes), "filename", filename);
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = content };
        using var response = await SendAsync(UploadUrlOperation, request, ct);
    }

    public async Task<SlackFileReference> UploadFileAsync(
        string channel, string? threadTs, string filename, ReadOnlyMemory<byte> bytes, string title, CancellationToken ct)
    {
        var reserved = await GetUploadUrlExternalAsync(filename, bytes.Length, ct);
        if (reserved.UploadUrl is null || string.IsNullOrEmpty(reserved.FileId))
        {
            throw Failed("files.getUploadURLExternal", "missing_upload_url");
        }

        await UploadToUrlAsync(reserved.UploadUrl, filename, bytes, ct);
        var file = new SlackFileReference { Id = reserved.FileId, Title = title };
        await CompleteUploadExternalAsync(
            new FilesCompleteUploadExternalRequest { Files = [file], ChannelId = channel, ThreadTs = threadTs },
            ct);
        return file;
    }

    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken ct)
    {
        var opened = await CallAsync(
            "conversations.open",
            () => new FormUrlEncodedContent([new("users", userId)]),
            Json.ConversationsOpenResponse,
            ct);
        return opened.Channel?.Id is { Length: > 0 } id ? id : throw Failed("conversations.open", "missing_channel");
    }

    public async Task RespondAsync(Uri responseUrl, SlackMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        // The URL comes from a signed Slack request and carries its own authority: no token goes with it.
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonRequestContent.Create(message, Json.SlackMessage) };
        using var response = await SendAsync(ResponseUrlOperation, request, ct);
    }

    private async Task<TResponse> CallAsync<TResponse>(
        string method, Func<HttpContent> content, JsonTypeInfo<TResponse> responseType, CancellationToken ct)
        where TResponse : SlackApiResponse
    {
        if (!IsConfigured)
        {
            throw new SlackNotConfiguredException();
        }

        var token = options.Value.BotToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await SendAsync(method, request, ct);

        var result = await response.Content.ReadFromJsonAsync(responseType, ct)
            ?? throw Failed(method, "empty_response");
        if (!result.Ok)
        {
            throw Failed(method, result.Error ?? "unknown_error");
        }

        return result;
    }

    // Retries, timeouts and the circuit breaker are the outbound policy on this client (OutboundResilience); what is left
    // here is saying how many attempts a failure took.
    private async Task<HttpResponseMessage> SendAsync(string operation, HttpRequestMessage request, CancellationToken ct)
    {
        var attempts = AttemptCounter.AttachTo(request);
        try
        {
            var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                using (response)
                {
                    throw Failed(operation, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), attempts.Count);
                }
            }

            return response;
        }
        catch (HttpRequestException failure)
        {
            throw Failed(operation, failure.HttpRequestError.ToString(), attempts.Count, failure);
        }
        catch (TimeoutRejectedException failure)
        {
            throw Failed(operation, "timeout", attempts.Count, failure);
        }
        catch (BrokenCircuitException failure)
        {
            throw Failed(operation, "circuit_open", attempts.Count, failure);
        }
    }

    private SlackApiException Failed(string operation, string error, int attempts = 1, Exception? cause = null)
    {
        Log.WebApiCallFailed(logger, operation, error, attempts);
        if (cause is null && !error.StartsWith("http_", StringComparison.Ordinal))
        {
            // Slack answered HTTP 200 with ok:false: a failure the HTTP layer did not see.
            metrics?.OutboundFailure(RemoteName, error);
        }

        return cause is null ? new SlackApiException(operation, error) : new SlackApiException(operation, error, cause);
    }
}
