using System.Text;
using System.Text.Json;
using JobFrame.Bot.Slack.Authentication;
using JobFrame.Bot.Slack.Handlers;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
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
        slack.MapPost("/commands", (Func<HttpContext, Task<IResult>>)HandleCommandAsync);
        slack.MapPost("/events", (Func<HttpContext, Task<IResult>>)HandleEventAsync);
        slack.MapPost("/interactions", (Func<HttpContext, Task<IResult>>)HandleInteractionAsync);
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
        var result = route switch
        {
            "/commands" => await HandleCommandAsync(context),
            "/events" => await HandleEventAsync(context),
            "/interactions" => await HandleInteractionAsync(context),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "not a Slack route"),
        };
        await result.ExecuteAsync(context);
    }

    private static async Task<IResult> HandleCommandAsync(HttpContext context)
    {
        var command = SlashCommand.Parse(BodyText(context));
        if (command.IsSslCheck)
        {
            return Results.Ok();
        }

        var handler = context.RequestServices.GetRequiredService<ISlackHandler>();
        return await SlackFailurePolicy.AnswerAsync(
            Logger(context),
            "slash command",
            async () => Results.Json(EphemeralUnlessSaid(await handler.OnSlashCommandAsync(command, context.RequestAborted)), Json.SlackMessage),
            () => Results.Json(SlackAnswerMessages.Notice(SlackBotWords.CouldNotAnswer), Json.SlackMessage));
    }

    private static async Task<IResult> HandleEventAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var ct = context.RequestAborted;
        var logger = Logger(context);
        if (!TryDeserialize(context, Body(context), Json.SlackEventEnvelope, logger, out var envelope))
        {
            return Results.BadRequest();
        }

        if (envelope.Type == SlackEventEnvelope.UrlVerificationType)
        {
            return Results.Json(new SlackUrlVerificationResponse { Challenge = envelope.Challenge ?? "" }, Json.SlackUrlVerificationResponse);
        }

        var botUserId = services.GetRequiredService<IOptions<SlackOptions>>().Value.BotUserId;
        var ignoreReason = envelope.Type != SlackEventEnvelope.EventCallbackType
            ? "not an event callback"
            : string.IsNullOrEmpty(envelope.EventId) ? "no event id" : SlackEventTriage.ReasonToIgnore(envelope, botUserId);
        if (ignoreReason is not null)
        {
            Log.EventIgnored(logger, envelope.EventId, ignoreReason);
            return Results.Ok();
        }

        var eventId = envelope.EventId!;
        var deduplicator = services.GetRequiredService<SlackEventDeduplicator>();
        if (!await deduplicator.TryClaimAsync(eventId, ct))
        {
            Log.EventReplayIgnored(logger, eventId, context.Request.Headers[RetryNumHeader].ToString());
            return Results.Ok();
        }

        // The event is answered after Slack has had its 200: the background worker is this turn's entry point.
        var message = envelope.Event!;
        var queue = services.GetRequiredService<ISlackBackgroundQueue>();
        if (!queue.TryEnqueue("event " + eventId, (scope, token) => scope.GetRequiredService<ISlackHandler>().OnMessageEventAsync(message, token), message.Channel))
        {
            // Slack retries a 5xx: forget the claim so the retry is answered once the queue drains.
            await deduplicator.ReleaseAsync(eventId, ct);
            Log.EventQueueFull(logger, eventId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private static async Task<IResult> HandleInteractionAsync(HttpContext context)
    {
        var logger = Logger(context);
        var form = QueryHelpers.ParseQuery(BodyText(context));
        var payloadJson = form.TryGetValue("payload", out var value) ? value.ToString() : "";
        if (!TryDeserialize(context, Encoding.UTF8.GetBytes(payloadJson), Json.SlackInteractionPayload, logger, out var payload))
        {
            return Results.BadRequest();
        }

        var handler = context.RequestServices.GetRequiredService<ISlackHandler>();
        var ct = context.RequestAborted;
        switch (payload)
        {
            case BlockActionsPayload actions:
                return await SlackFailurePolicy.AcknowledgeAsync(
                    logger,
                    "block_actions",
                    () => handler.OnBlockActionsAsync(actions, ct),
                    () => SlackFailurePolicy.SorryForButton(context.RequestServices.GetRequiredService<ISlackBackgroundQueue>(), logger, actions));
            case ViewSubmissionPayload submission:
                return await SlackFailurePolicy.AnswerAsync(
                    logger,
                    "view_submission",
                    async () => await handler.OnViewSubmissionAsync(submission, ct) is { } response ? Results.Json(response, Json.ViewSubmissionResponse) : Results.Ok(),
                    () => Results.Json(SlackAnswerMessages.SorryView(), Json.ViewSubmissionResponse));
            case ShortcutPayload shortcut:
                // A shortcut has no response_url and its modal did not open: the log is the only place its failure can go.
                return await SlackFailurePolicy.AcknowledgeAsync(logger, "shortcut", () => handler.OnShortcutAsync(shortcut, ct), () => Results.Ok());
            default:
                Log.InteractionIgnored(logger);
                return Results.Ok();
        }
    }

    // Slack's own default is ephemeral too; saying it keeps a shared answer a deliberate choice.
    private static SlackMessage EphemeralUnlessSaid(SlackMessage message) => message.ResponseType is not null
        ? message
        : new SlackMessage
        {
            ResponseType = SlackResponseType.Ephemeral,
            Text = message.Text,
            Blocks = message.Blocks,
            ReplaceOriginal = message.ReplaceOriginal,
            DeleteOriginal = message.DeleteOriginal,
        };

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);

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
