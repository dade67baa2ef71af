namespace JobFrame.Bot.Slack.Schema;

/// <summary>A user started the app's global shortcut.</summary>
/// <remarks>See https://docs.slack.dev/reference/interaction-payloads/shortcuts-interaction-payload.</remarks>
public sealed class ShortcutPayload : SlackInteractionPayload
{
    public string? CallbackId { get; init; }
    public string? ActionTs { get; init; }
}
