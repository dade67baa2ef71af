namespace JobFrame.Bot.Slack.Schema;

/// <summary>Where an interaction happened: a message (<c>message_ts</c>, <c>channel_id</c>) or a view (<c>view_id</c>).</summary>
public sealed class SlackContainer
{
    public string Type { get; init; } = "";
    public string? MessageTs { get; init; }
    public string? ThreadTs { get; init; }
    public string? ChannelId { get; init; }
    public bool? IsEphemeral { get; init; }
    public string? ViewId { get; init; }
}
