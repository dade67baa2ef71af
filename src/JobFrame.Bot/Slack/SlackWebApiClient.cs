using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack;

/// <summary>
/// <see cref="ISlackWebApi"/> over HttpClient: bearer token on Web API methods only (never on upload or
/// response URLs), JSON bodies, HTTP 429 honoured with <c>Retry-After</c> a bounded number of times.
/// </summary>
internal sealed class SlackWebApiClient(
    HttpClient http,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackWebApiClient> logger) : ISlackWebApi
{
    private const string ResponseUrlOperation = "response_url";
    private const string UploadUrlOperation = "upload_url";

    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    public bool IsConfigured => options.Value.HasBotToken;

    public Task<ChatPostMessageResponse> PostMessageAsync(ChatPostMessageRequest request, CancellationToken ct) =>
        CallAsync("chat.postMessage", () => JsonContent.Create(request, Json.ChatPostMessageRequest), Json.ChatPostMessageResponse, ct);

    public Task<ViewsResponse> OpenViewAsync(ViewsOpenRequest request, CancellationToken ct) =>
        CallAsync("views.open", () => JsonContent.Create(request, Json.ViewsOpenRequest), Json.ViewsResponse, ct);

    public Task<ViewsResponse> UpdateViewAsync(ViewsUpdateRequest request, CancellationToken ct) =>
        CallAsync("views.update", () => JsonContent.Create(request, Json.ViewsUpdateRequest), Json.ViewsResponse, ct);

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
            () => JsonContent.Create(request, Json.FilesCompleteUploadExternalRequest),
            Json.FilesCompleteUploadExternalResponse,
            ct);

    public async Task UploadToUrlAsync(Uri uploadUrl, string filename, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        using var response = await SendWithRetriesAsync(
            UploadUrlOperation,
            () =>
            {
                var content = new MultipartFormDataContent();
                content.Add(new ReadOnlyMemoryContent(bytes), "filename", filename);
                return new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = content };
            },
            ct);
        EnsureHttpSuccess(UploadUrlOperation, response);
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
        using var response = await SendWithRetriesAsync(
            ResponseUrlOperation,
            () => new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, Json.SlackMessage) },
            ct);
        EnsureHttpSuccess(ResponseUrlOperation, response);
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
        using var response = await SendWithRetriesAsync(
            method,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            },
            ct);
        EnsureHttpSuccess(method, response);

        var result = await response.Content.ReadFromJsonAsync(responseType, ct)
            ?? throw Failed(method, "empty_response");
        if (!result.Ok)
        {
            throw Failed(method, result.Error ?? "unknown_error");
        }

        return result;
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        string operation, Func<HttpRequestMessage> createRequest, CancellationToken ct)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            using var request = createRequest();
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception ex) when (IsTransient(ex, ct) && attempt <= settings.MaxTransientRetries)
            {
                await BackOffAsync(operation, ex.GetType().Name, attempt, ct);
                continue;
            }

            if ((int)response.StatusCode >= 500 && attempt <= settings.MaxTransientRetries)
            {
                response.Dispose();
                await BackOffAsync(operation, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), attempt, ct);
                continue;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt > settings.MaxRateLimitRetries)
            {
                return response;
            }

            var delay = RetryDelay(response);
            if (delay > TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds))
            {
                Log.RateLimitTooLong(logger, operation, delay.TotalSeconds);
                return response;
            }

            response.Dispose();
            Log.RateLimited(logger, operation, delay.TotalSeconds, attempt);
            await Task.Delay(delay, clock, ct);
        }
    }

    // A refused connection or a timeout (not the caller's cancellation) may pass; anything else will not.
    private static bool IsTransient(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested);

    // 250 ms, 500 ms, 1 s ...: short, because a reply a person waits for is worth little after a few seconds.
    private async Task BackOffAsync(string operation, string problem, int attempt, CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(250 * (1 << (attempt - 1)));
        Log.TransientFailure(logger, operation, problem, attempt, delay.TotalMilliseconds);
        await Task.Delay(delay, clock, ct);
    }

    private TimeSpan RetryDelay(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        // Slack always sends Retry-After with 429; a proxy may not. One second is Slack's smallest window.
        return TimeSpan.FromSeconds(1);
    }

    private void EnsureHttpSuccess(string operation, HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Failed(operation, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private SlackApiException Failed(string operation, string error)
    {
        Log.WebApiCallFailed(logger, operation, error);
        return new SlackApiException(operation, error);
    }
}
