using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack;

/// <summary>
/// Guards every Slack endpoint: reads the raw body (bounded, 413 beyond the limit), checks the signature
/// and timestamp, and refuses with 401 before anything is parsed or processed.
/// </summary>
internal sealed class SlackRequestVerificationFilter(
    SlackSignatureVerifier verifier,
    IOptions<SlackOptions> options,
    ILogger<SlackRequestVerificationFilter> logger) : IEndpointFilter
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = options.Value.MaxRequestBodyBytes;
        var body = await ReadBoundedAsync(http.Request, limit, http.RequestAborted);
        if (body is null)
        {
            Log.RequestBodyTooLarge(logger, http.Request.Path, limit);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var check = verifier.Verify(
            http.Request.Headers[TimestampHeader].ToString(),
            http.Request.Headers[SignatureHeader].ToString(),
            body);
        if (check != SlackSignatureCheck.Valid)
        {
            Log.RequestRejected(logger, http.Request.Path, check);
            return Results.Unauthorized();
        }

        http.Features.Set(new VerifiedSlackBody(body));
        return await next(context);
    }

    /// <summary>Reads the body, or returns null as soon as it exceeds <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
