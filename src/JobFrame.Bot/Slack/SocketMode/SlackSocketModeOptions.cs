using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// Socket Mode settings, in the <c>Slack</c> section with the other Slack settings. With an app-level token the bot opens
/// a WebSocket to Slack itself and receives slash commands, events and interactions over it, so it needs no public
/// HTTPS address (and no signing secret: the connection is authenticated by the token).
/// </summary>
public sealed class SlackSocketModeOptions
{
    /// <summary>The prefix of every app-level token.</summary>
    public const string AppTokenPrefix = "xapp-";

    /// <summary>
    /// The app-level token (<c>xapp-…</c>, Basic Information → App-Level Tokens, scope <c>connections:write</c>).
    /// Set = Socket Mode on. A secret.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>The longest wait between two attempts to reconnect after failures, in seconds.</summary>
    [Range(1, 600)]
    public int MaxReconnectDelaySeconds { get; set; } = 30;

    /// <summary>How many envelopes may be handled at once; Slack expects each acknowledged within three seconds.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentEnvelopes { get; set; } = 32;

    /// <summary>Whether Socket Mode is on.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(AppToken);
}

/// <summary>Checks <see cref="SlackSocketModeOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class SlackSocketModeOptionsAnnotations : IValidateOptions<SlackSocketModeOptions>;
