using System.Net.Http.Headers;
using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// Puts an accepted export into the OneDrive upload session Teams created: one PUT of the whole file with its
/// Content-Range. Only https upload URLs (loopback http when allowed, for local tools and tests), only bounded sizes.
/// </summary>
internal sealed class ExportFileUploader(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    ILogger<ExportFileUploader> logger)
{
    /// <summary>The named HttpClient used for uploads.</summary>
    public const string HttpClientName = "Teams.FileUpload";

    /// <summary>The largest export uploaded in one PUT; goal frame exports are a few kilobytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>True when the upload session took every byte.</summary>
    public async Task<bool> UploadAsync(string? uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var url)
            || !SecureEndpoint.IsAllowed(url, options.Value.AllowLoopbackServiceUrl)
            || !string.IsNullOrEmpty(url.UserInfo))
        {
            Log.FileUploadRefused(logger, "upload URL not allowed");
            return false;
        }

        if (content.Length == 0 || content.Length > MaxFileBytes)
        {
            Log.FileUploadRefused(logger, "file size out of bounds");
            return false;
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = body };
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            Log.FileUploadFailed(logger, url.Host, (int)response.StatusCode);
            return false;
        }
        // Behaviour, not failure handling: an upload that did not go through is told to the user as a file not saved.
        catch (HttpRequestException failure)
        {
            Log.FileUploadFailed(logger, url.Host, (int?)failure.StatusCode ?? 0);
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.FileUploadFailed(logger, url.Host, 408);
            return false;
        }
    }
}
