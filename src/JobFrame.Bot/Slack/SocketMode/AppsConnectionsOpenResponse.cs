using JobFrame.Bot.Slack.Schema;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>The answer of <c>apps.connections.open</c>: the WebSocket address of a new Socket Mode connection.</summary>
/// <remarks>See https://docs.slack.dev/reference/methods/apps.connections.open/.</remarks>
public sealed class AppsConnectionsOpenResponse : SlackApiResponse
{
    /// <summary>The <c>wss://</c> address to connect to, valid for one connection.</summary>
    public Uri? Url { get; init; }
}
