using System.Text.Json;
using JobFrame.Bot.Http;
using JobFrame.Bot.Teams.Authentication;
using JobFrame.Bot.Teams.Connector;
using JobFrame.Bot.Teams.Handlers;
using JobFrame.Bot.Teams.Schema;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// <c>POST /api/messages</c>, the Teams face's entry point: read the activity, authenticate it, hand it to the
/// <see cref="ITeamsActivityHandler"/> under the face's one failure policy (<see cref="TeamsFailurePolicy"/>), and deliver
/// what comes back (in the HTTP body for invokes and expectReplies, through the outbound queue otherwise).
/// </summary>
internal sealed class ActivityRequestHandler(
    ActivityAuthenticator authenticator,
    TenantPolicy tenantPolicy,
    TeamsFailurePolicy turns,
    OutboundReplyQueue outbound,
    TeamsActivityDeduplicator deduplicator,
    IOptions<BotFrameworkOptions> options,
    ILogger<ActivityRequestHandler> logger)
{
    /// <summary>The largest activity accepted; Teams messages and card submits are far smaller.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var body = await BoundedRequestBody.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var activity = Parse(body);
        if (activity?.Type is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Every log line of this turn carries the activity's id next to ASP.NET Core's own RequestId.
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ActivityId"] = activity.Id, ["ActivityType"] = activity.Type });

        var outcome = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization, activity, context.Connection.RemoteIpAddress, cancellationToken);
        if (!outcome.Succeeded)
        {
            Log.ActivityRefused(logger, outcome.Reason, activity.ChannelId);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Uri? serviceUrl = null;
        if (!activity.ExpectsReplies
            && !SecureEndpoint.TryParseServiceUrl(activity.ServiceUrl, options.Value.AllowLoopbackServiceUrl, out serviceUrl))
        {
            Log.ActivityRefused(logger, "serviceUrl not allowed", activity.ChannelId);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!tenantPolicy.Allows(activity, out var tenantId))
        {
            Log.TenantNotAllowed(logger, tenantId);
            await RefuseTenantAsync(context, activity, serviceUrl);
            return;
        }

        switch (activity.Type)
        {
            case ActivityTypes.Invoke:
                await WriteInvokeResponseAsync(context, await turns.OnInvokeAsync(activity, cancellationToken));
                break;
            case ActivityTypes.Message or ActivityTypes.ConversationUpdate when !await deduplicator.TryClaimAsync(activity):
                Log.ActivityReplayIgnored(logger, activity.Id);
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
            case ActivityTypes.Message or ActivityTypes.ConversationUpdate:
                await DeliverAsync(context, activity, serviceUrl, await turns.OnActivityAsync(activity, cancellationToken));
                break;
            default:
                // Typing, reactions, installation updates ...: acknowledged, nothing to say.
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
        }
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            // Not an activity (or one without a field the protocol always carries): the caller gets a 400.
            return null;
        }
    }

    private Task RefuseTenantAsync(HttpContext context, Activity activity, Uri? serviceUrl)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return WriteInvokeResponseAsync(context, AnswerActivities.MessageInvokeResponse(TenantPolicy.RefusalText));
        }

        return activity.Type == ActivityTypes.Message
            ? DeliverAsync(context, activity, serviceUrl, [activity.CreateReply(TenantPolicy.RefusalText)])
            : Task.CompletedTask;
    }

    private static async Task WriteInvokeResponseAsync(HttpContext context, InvokeResponse response)
    {
        context.Response.StatusCode = response.Status;
        if (response.Body is { } body)
        {
            await JsonResponse.WriteAsync(context.Response, body, BotFrameworkJsonContext.Default.JsonPayload, context.RequestAborted);
        }
    }

    private async Task DeliverAsync(HttpContext context, Activity inbound, Uri? serviceUrl, IReadOnlyList<Activity> replies)
    {
        var addressed = replies.Select(reply => reply.AddressAsReplyTo(inbound)).ToList();
        if (inbound.ExpectsReplies)
        {
            var expected = new ExpectedReplies { Activities = addressed };
            await JsonResponse.WriteAsync(context.Response, expected, BotFrameworkJsonContext.Default.ExpectedReplies, context.RequestAborted);
            return;
        }

        if (addressed.Count > 0 && serviceUrl is not null && !outbound.TryEnqueue(new OutboundReplies(serviceUrl, inbound.Id, addressed)))
        {
            Log.OutboundQueueFull(logger, addressed.Count, inbound.Id);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
