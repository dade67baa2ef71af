using JobFrame.Bot.Http;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>The arguments of <c>views.update</c>.</summary>
/// <remarks>See https://docs.slack.dev/reference/methods/views.update.</remarks>
public sealed class ViewsUpdateRequest
{
    public required string ViewId { get; init; }

    /// <summary>The modal view, rendered elsewhere.</summary>
    public required JsonPayload View { get; init; }

    /// <summary>The hash Slack last reported, so a stale update is refused instead of overwriting newer input.</summary>
    public string? Hash { get; init; }
}
