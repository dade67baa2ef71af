using System.Text.Json.Serialization;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>
/// The JSON in an interaction request's <c>payload</c> form field. Types the bot does not handle
/// deserialize as this base type and are acknowledged without action.
/// </summary>
/// <remarks>See https://docs.slack.dev/reference/interaction-payloads/.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(BlockActionsPayload), "block_actions")]
[JsonDerivedType(typeof(ViewSubmissionPayload), "view_submission")]
[JsonDerivedType(typeof(ShortcutPayload), "shortcut")]
public class SlackInteractionPayload
{
    public SlackUser? User { get; init; }
    public SlackTeam? Team { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Opens a modal with views.open; Slack honours it for 3 seconds only.</summary>
    public string? TriggerId { get; init; }
}
