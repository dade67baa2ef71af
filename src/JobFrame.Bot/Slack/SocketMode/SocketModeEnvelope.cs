using System.Text.Json;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// One message Slack sends over a Socket Mode connection: <c>hello</c> when the connection is ready, <c>disconnect</c>
/// when Slack is about to close it, and the envelopes <c>events_api</c>, <c>slash_commands</c> and <c>interactive</c>,
/// each to be acknowledged by its <see cref="EnvelopeId"/>.
/// </summary>
/// <remarks>See https://docs.slack.dev/apis/events-api/using-socket-mode/.</remarks>
public sealed class SocketModeEnvelope
{
    public const string HelloType = "hello";
    public const string DisconnectType = "disconnect";
    public const string EventsApiType = "events_api";
    public const string SlashCommandsType = "slash_commands";
    public const string InteractiveType = "interactive";

    /// <summary>The <c>disconnect</c> reason for a Socket Mode connection turned off in the app's settings.</summary>
    public const string LinkDisabledReason = "link_disabled";

    public string Type { get; init; } = "";

    /// <summary>The id the acknowledgement must carry back.</summary>
    public string? EnvelopeId { get; init; }

    /// <summary>What the HTTP request to the request URL would have carried, as a JSON object.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>Whether the acknowledgement may carry a response (a slash command's message, a view submission's response action).</summary>
    public bool AcceptsResponsePayload { get; init; }

    /// <summary>For an events_api retry: which attempt this is (0 for the first delivery).</summary>
    public int? RetryAttempt { get; init; }

    public string? RetryReason { get; init; }

    /// <summary>For <c>disconnect</c>: <c>warning</c>, <c>refresh_requested</c> or <c>link_disabled</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>For <c>hello</c>: how many connections the app has open.</summary>
    public int? NumConnections { get; init; }
}
