using System.Text.Json.Serialization;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>Socket Mode's messages in Slack's JSON dialect: snake_case names, absent rather than null values.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SocketModeEnvelope))]
[JsonSerializable(typeof(SocketModeAcknowledgement))]
[JsonSerializable(typeof(AppsConnectionsOpenResponse))]
public sealed partial class SocketModeJsonContext : JsonSerializerContext;
