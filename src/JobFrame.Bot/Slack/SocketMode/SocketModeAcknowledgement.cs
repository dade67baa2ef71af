using System.Text.Json;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// What the bot sends back for each envelope: its id and, where Slack accepts one, the response the HTTP request URL
/// would have answered with (a slash command's message, a view submission's response action).
/// </summary>
public sealed record SocketModeAcknowledgement(string EnvelopeId, JsonElement? Payload = null);
