using JobFrame.Bot.Http;
using JobFrame.Bot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.Authentication;

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
        var body = await BoundedRequestBody.ReadAsync(http.Request, limit, http.RequestAborted);
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
}
