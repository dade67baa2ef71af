using JobFrame.Bot.Slack.Authentication;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// The Slack route group: <c>POST /slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c>,
/// every request verified by <see cref="SlackRequestVerificationFilter"/> before it is parsed.
/// </summary>
public static class SlackEndpoints
{
    /// <summary>The group's prefix; the app manifest's URLs point under it.</summary>
    public const string RoutePrefix = "/slack";

    private const string LogCategory = "JobFrame.Bot.Slack";
    private const string RetryNumHeader = "X-Slack-Retry-Num";

    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    /// <summary>Maps the Slack routes, or nothing at all when <c>Slack:SigningSecret</c> is absent (Slack is off).</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.IsEnabled)
        {
            Log.SlackDisabled(app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory));
            return app;
        }

        var slack = app.MapGroup(RoutePrefix).AddEndpointFilter<SlackRequestVerificationFilter>();
        slack.MapPost("/commands", HandleCommandAsync);
        slack.MapPost("/events", HandleEventAsync);
        slack.MapPost("/interactions", HandleInteractionAsync);
        return app;
    }

    /// <summary>
    /// Runs a body that needs no signature check (Socket Mode's, received over the app's own authenticated connection)
    /// through the same handler as the HTTP route <paramref name="route"/> (<c>/commands</c>, <c>/events</c> or
    /// <c>/interactions</c>), in the route's body shape, and writes the route's answer into <c>context.Response</c>.
    /// The body is the <see cref="VerifiedSlackBody"/> feature of <paramref name="context"/>.
    /// </summary>
    internal static async Task DispatchAsync(string route, HttpContext context)
    {
        var services = context.RequestServices;
        var ct = context.RequestAborted;
        var result = route switch
        {
            "/commands" => await HandleCommandAsync(context, services.GetRequiredService<ISlackHandler>(), ct),
            "/events" => await HandleEventAsync(
                context,
                services.GetRequiredService<SlackEventDeduplicator>(),
                services.GetRequiredService<ISlackBackgroundQueue>(),
                services.GetRequiredService<IOptions<SlackOptions>>(),
                services.GetRequiredService<ILoggerFactory>(),
                ct),
            "/interactions" => await HandleInteractionAsync(context, services.GetRequiredService<ISlackHandler>(), services.GetRequiredService<ILoggerFactory>(), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "not a Slack route"),
        };
        await result.ExecuteAsync(context);
    }

    private static async Task<IResult> HandleCommandAsync(HttpContext context, ISlackHandler handler, CancellationToken ct)
    {
        var command = SlashCommand.Parse(BodyText(context));
        if (command.IsSslCheck)
        {
            return Results.Ok();
        }

        var message = await handler.OnSlashCommandAsync(command, ct);
        // Slack's own default is ephemeral too; saying it keeps a shared answer a deliberate choice.
        var answer = message with { ResponseType = message.ResponseType ?? SlackResponseType.Ephemeral };
        return Results.Json(answer, Json.SlackMessage);
    }

    private static async Task<IResult> HandleEventAsync(
        HttpContext context,
        SlackEventDeduplicator deduplicator,
        ISlackBackgroundQueue queue,
        IOptions<SlackOptions> options,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var logger = loggers.CreateLogger(LogCategory);
        if (!TryDeserialize(context, Body(context), Json.SlackEventEnvelope, logger, out var envelope))
        {
            return Results.BadRequest();
        }

        if (envelope.Type == SlackEventEnvelope.UrlVerificationType)
        {
            return Results.Json(new SlackUrlVerificationResponse(envelope.Challenge ?? ""), Json.SlackUrlVerificationResponse);
        }

        var ignoreReason = envelope.Type != SlackEventEnvelope.EventCallbackType
            ? "not an event callback"
            : string.IsNullOrEmpty(envelope.EventId) ? "no event id" : SlackEventTriage.ReasonToIgnore(envelope, options.Value.BotUserId);
        if (ignoreReason is not null)
        {
            Log.EventIgnored(logger, envelope.EventId, ignoreReason);
            return Results.Ok();
        }

        var eventId = envelope.EventId!;
        if (!await deduplicator.TryClaimAsync(eventId, ct))
        {
            Log.EventReplayIgnored(logger, eventId, context.Request.Headers[RetryNumHeader].ToString());
            return Results.Ok();
        }

        var message = envelope.Event!;
        if (!queue.TryEnqueue("event " + eventId, (services, token) => services.GetRequiredService<ISlackHandler>().OnMessageEventAsync(message, token), message.Channel))
        {
            // Slack retries a 5xx: forget the claim so the retry is answered once the queue drains.
            await deduplicator.ReleaseAsync(eventId, ct);
            Log.EventQueueFull(logger, eventId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private static async Task<IResult> HandleInteractionAsync(
        HttpContext context, ISlackHandler handler, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(LogCategory);
        var form = QueryHelpers.ParseQuery(BodyText(context));
        var payloadJson = form.TryGetValue("payload", out var value) ? value.ToString() : "";
        if (!TryDeserialize(context, Encoding.UTF8.GetBytes(payloadJson), Json.SlackInteractionPayload, logger, out var payload))
        {
            return Results.BadRequest();
        }

        switch (payload)
        {
            case BlockActionsPayload actions:
                return await handler.OnBlockActionsAsync(actions, ct) ?? Results.Ok();
            case ViewSubmissionPayload submission:
                var response = await handler.OnViewSubmissionAsync(submission, ct);
                return response is null ? Results.Ok() : Results.Json(response, Json.ViewSubmissionResponse);
            case ShortcutPayload shortcut:
                await handler.OnShortcutAsync(shortcut, ct);
                return Results.Ok();
            default:
                Log.InteractionIgnored(logger);
                return Results.Ok();
        }
    }

    private static byte[] Body(HttpContext context) =>
        context.Features.GetRequiredFeature<VerifiedSlackBody>().Bytes;

    private static string BodyText(HttpContext context) => Encoding.UTF8.GetString(Body(context));

    private static bool TryDeserialize<T>(
        HttpContext context,
        byte[] json,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        ILogger logger,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
    {
        try
        {
            value = json.Length == 0 ? null : JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            value = null;
        }

        if (value is null)
        {
            Log.MalformedPayload(logger, context.Request.Path);
        }

        return value is not null;
    }
}
