using System.Text;
using System.Text.Json;
using JobFrame.Bot.Slack.Authentication;
using JobFrame.Bot.Slack.Hosting;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// Hands one Socket Mode envelope to the same handlers the HTTP request URLs use (<see cref="SlackEndpoints"/>), in the
/// body shape of that request URL, and turns the route's answer into the envelope's acknowledgement: a 2xx answer is
/// acknowledged, with its JSON body as the response payload where Slack accepts one; a 5xx is not acknowledged, so
/// Slack delivers the envelope again, as it retries an HTTP request that failed.
/// </summary>
internal sealed class SocketModeDispatcher(IServiceScopeFactory scopes)
{
    /// <summary>The acknowledgement to send, or null when the envelope must not be acknowledged.</summary>
    public async Task<SocketModeAcknowledgement?> DispatchAsync(SocketModeEnvelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var (route, body) = HttpShape(envelope);
        await using var scope = scopes.CreateAsyncScope();
        using var response = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = ct };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = SlackEndpoints.RoutePrefix + route;
        context.Features.Set(new VerifiedSlackBody(body));
        context.Response.Body = response;

        await SlackEndpoints.DispatchAsync(route, context);

        var status = context.Response.StatusCode;
        if (status >= 500)
        {
            return null;
        }

        // A 4xx (a payload the handlers cannot read) is acknowledged too: sending it again would not help.
        var payload = status < 300 && envelope.AcceptsResponsePayload && response.Length > 0 ? JsonPayload(response.ToArray()) : null;
        return new SocketModeAcknowledgement { EnvelopeId = envelope.EnvelopeId!, Payload = payload };
    }

    /// <summary>
    /// The HTTP route and body Slack would have sent for <paramref name="envelope"/>: events as their JSON, slash
    /// commands form-encoded, interactions as the form field <c>payload</c>.
    /// </summary>
    public static (string Route, byte[] Body) HttpShape(SocketModeEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var payload = envelope.Payload is { ValueKind: JsonValueKind.Object } p ? p : default;
        return envelope.Type switch
        {
            SocketModeEnvelope.EventsApiType => ("/events", payload.ValueKind == JsonValueKind.Object ? Encoding.UTF8.GetBytes(payload.GetRawText()) : []),
            SocketModeEnvelope.SlashCommandsType => ("/commands", Encoding.UTF8.GetBytes(FormEncode(payload))),
            SocketModeEnvelope.InteractiveType => ("/interactions", Encoding.UTF8.GetBytes(
                payload.ValueKind == JsonValueKind.Object ? "payload=" + Uri.EscapeDataString(payload.GetRawText()) : "")),
            _ => throw new ArgumentException($"{envelope.Type} is not an envelope type", nameof(envelope)),
        };
    }

    // A slash command's fields, as Slack posts them to the request URL: every value a string.
    private static string FormEncode(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var form = new StringBuilder();
        foreach (var field in payload.EnumerateObject())
        {
            var value = field.Value.ValueKind switch
            {
                JsonValueKind.String => field.Value.GetString()!,
                JsonValueKind.Null => "",
                _ => field.Value.GetRawText(),
            };
            form.Append(form.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(field.Name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return form.ToString();
    }

    private static JsonElement? JsonPayload(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
