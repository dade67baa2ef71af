using JobFrame.Bot.Http;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>The arguments of <c>views.open</c>.</summary>
/// <remarks>See https://docs.slack.dev/reference/methods/views.open.</remarks>
public sealed class ViewsOpenRequest
{
    public required string TriggerId { get; init; }

    /// <summary>The modal view, rendered elsewhere.</summary>
    public required JsonPayload View { get; init; }
}
