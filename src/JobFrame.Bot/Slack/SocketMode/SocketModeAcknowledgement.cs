using System.Text.Json;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// What the bot sends back for each envelope: its id and, where Slack accepts one, the response the HTTP request URL
/// would have answered with (a slash command's message, a view submission's response action).
/// </summary>
public sealed class SocketModeAcknowledgement
{
    /// <summary>The <see cref="SocketModeEnvelope.EnvelopeId"/> being acknowledged.</summary>
    public required string EnvelopeId { get; init; }

    /// <summary>The response, as the JSON object the HTTP request URL would have answered; absent when there is none.</summary>
    public JsonElement? Payload { get; init; }
}
